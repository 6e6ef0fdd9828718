package dev.atelier.server.catalogue;

import dev.atelier.server.db.Database;
import dev.atelier.server.http.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Update;

/**
 * How the catalogue's stores reach the database: on a handle of their own per call, or on the
 * transaction of {@link ModelStore#atomically} when they are a view of it. Every failure is an
 * {@link UnableToAccessCatalogue}.
 */
final class CatalogueSql {

  final Database database;
  private final @Nullable Handle transaction;

  CatalogueSql(Database database, @Nullable Handle transaction) {
    this.database = database;
    this.transaction = transaction;
  }

  /** Whether this runs inside a transaction of {@link ModelStore#atomically}. */
  boolean inTransaction() {
    return transaction != null;
  }

  /** {@code work} on this handle; {@code what} names it when the database fails. */
  <T> T run(String what, Function<Handle, T> work) {
    try {
      return transaction != null
          ? work.apply(transaction)
          : database.jdbi().withHandle(work::apply);
    } catch (JdbiException e) {
      throw new UnableToAccessCatalogue(what, e);
    }
  }

  /**
   * Sets {@code assignments} (SQL, with named parameters that {@code binds} binds) on {@code
   * product} {@code version} if its status is {@code status} and {@code condition} (empty, or SQL
   * starting with " AND") holds; whether there was such a row.
   */
  boolean updateVersion(
      String action,
      String product,
      String version,
      String status,
      String assignments,
      String condition,
      UnaryOperator<Update> binds) {
    return run(
            action + " " + product + " " + version,
            h ->
                binds
                    .apply(
                        h.createUpdate(
                            "UPDATE catalogue_versions SET "
                                + assignments
                                + " WHERE product = :product AND version = :version"
                                + " AND status = :status"
                                + condition))
                    .bind("product", product)
                    .bind("version", version)
                    .bind("status", status)
                    .execute())
        == 1;
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** Binds an instant as a UTC timestamp with time zone (or SQL NULL), the same on H2 and PG. */
  static Argument utc(@Nullable Instant instant) {
    return (position, statement, ctx) -> {
      if (instant == null) {
        statement.setNull(position, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        statement.setObject(position, instant.atOffset(ZoneOffset.UTC));
      }
    };
  }
}
