package dev.atelier.server.designevents;

import dev.atelier.server.db.Database;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * The small query helpers of the design event and wish stores: a data-access failure becomes an
 * {@link UnableToStoreEvents} naming what was being done; parameters are bound by position.
 * Immutable and thread-safe.
 */
public final class EventQueries {

  private final Database database;

  /** Queries on {@code database} (migrated). */
  public EventQueries(Database database) {
    this.database = database;
  }

  /** A timestamp column's value for {@code at}. */
  public static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /**
   * The result of {@code work} on a handle; a failure is reported as failing to do {@code what}.
   */
  public <T> T with(String what, HandleCallback<T, RuntimeException> work) {
    try {
      return database.jdbi().withHandle(work);
    } catch (JdbiException e) {
      throw new UnableToStoreEvents(what, e);
    }
  }

  /** The rows of {@code sql}, its parameters {@code args} in order. */
  public <T> List<T> list(String what, String sql, RowMapper<T> mapper, Object... args) {
    return with(what, h -> query(h, sql, args).map(mapper).list());
  }

  /** The one row of {@code sql}, if any, its parameters {@code args} in order. */
  public <T> Optional<T> find(String what, String sql, RowMapper<T> mapper, Object... args) {
    return with(what, h -> query(h, sql, args).map(mapper).findOne());
  }

  private static Query query(Handle h, String sql, Object... args) {
    Query q = h.createQuery(sql);
    for (int i = 0; i < args.length; i++) {
      q.bind(i, args[i]);
    }
    return q;
  }
}
