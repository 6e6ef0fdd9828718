package dev.atelier.server.account;

import dev.atelier.server.http.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The account package's way to the database: runs a statement or transaction and turns a JDBI
 * failure into {@link UnableToAccessAccounts}; converts instants to and from {@code TIMESTAMP WITH
 * TIME ZONE} the same way on H2 and PostgreSQL. Thread-safe.
 */
final class Sql {

  private Sql() {}

  /** Runs {@code callback} on a handle; {@code what} names it in a failure. */
  static <T> T call(Jdbi jdbi, String what, HandleCallback<T, RuntimeException> callback) {
    try {
      return jdbi.withHandle(callback);
    } catch (JdbiException e) {
      throw new UnableToAccessAccounts(what, e);
    }
  }

  /** Runs {@code callback} in a transaction; {@code what} names it in a failure. */
  static <T> T transaction(Jdbi jdbi, String what, HandleCallback<T, RuntimeException> callback) {
    try {
      return jdbi.inTransaction(callback);
    } catch (JdbiException e) {
      throw new UnableToAccessAccounts(what, e);
    }
  }

  /** The bindable form of {@code instant}. */
  static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** The instant in column {@code column}, which is NOT NULL. */
  static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
    return Objects.requireNonNull(instant(rs, column), column);
  }

  /** The instant in column {@code column}, or null. */
  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** Convenience for handles that only update. */
  static int update(Handle h, String sql, Object... args) {
    var u = h.createUpdate(sql);
    for (int i = 0; i < args.length; i++) {
      u.bind(i, args[i] instanceof Instant t ? at(t) : args[i]);
    }
    return u.execute();
  }
}
