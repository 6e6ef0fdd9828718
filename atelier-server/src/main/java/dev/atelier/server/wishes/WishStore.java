package dev.atelier.server.wishes;

import dev.atelier.server.analytics.UnableToStoreEvents;
import dev.atelier.server.db.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;

/** Wishes in the database. Thread-safe. */
public final class WishStore {

  /** A stored wish with its id, and whether it was met. */
  public record Stored(long id, Wish wish, boolean resolved) {}

  private static final String SELECT =
      "SELECT id, created_at, product, version, department, attribute, wish_text, session_key,"
          + " account_id, resolved_at FROM wish";

  /** How many wishes on a product version share a department, attribute and topic. */
  public record TopicCount(String department, String attribute, String topic, long count) {}

  private final Database database;

  /** A store in {@code database} (migrated). */
  public WishStore(Database database) {
    this.database = database;
  }

  /** Stores {@code wish}; its id. */
  public long insert(Wish wish) {
    try {
      return database
          .jdbi()
          .withHandle(
              h ->
                  h.createUpdate(
                          "INSERT INTO wish (created_at, product, version, department, attribute,"
                              + " wish_text, topic, session_key, account_id)"
                              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .bind(0, OffsetDateTime.ofInstant(wish.at(), ZoneOffset.UTC))
                      .bind(1, wish.product())
                      .bind(2, wish.version())
                      .bind(3, wish.department())
                      .bind(4, wish.attribute())
                      .bind(5, wish.text())
                      .bind(6, wish.topic())
                      .bind(7, wish.sessionKey())
                      .bind(8, wish.accountId())
                      .executeAndReturnGeneratedKeys("id")
                      .mapTo(Long.class)
                      .one());
    } catch (JdbiException e) {
      throw new UnableToStoreEvents("store a wish", e);
    }
  }

  /** Wish {@code id}, if there is one. */
  public Optional<Stored> find(long id) {
    try {
      return database
          .jdbi()
          .withHandle(
              h ->
                  h.createQuery(SELECT + " WHERE id = ?")
                      .bind(0, id)
                      .map(WishStore::stored)
                      .findOne());
    } catch (JdbiException e) {
      throw new UnableToStoreEvents("read wish " + id, e);
    }
  }

  /** Marks wish {@code id} met by {@code resolution}; false when it is unknown or already met. */
  public boolean resolve(long id, String resolution, Instant at) {
    try {
      return database
              .jdbi()
              .withHandle(
                  h ->
                      h.createUpdate(
                              "UPDATE wish SET resolved_at = ?, resolution = ?"
                                  + " WHERE id = ? AND resolved_at IS NULL")
                          .bind(0, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                          .bind(1, resolution)
                          .bind(2, id)
                          .execute())
          == 1;
    } catch (JdbiException e) {
      throw new UnableToStoreEvents("resolve wish " + id, e);
    }
  }

  /** The newest {@code limit} unmet wishes routed to {@code department}, newest first. */
  public List<Stored> ofDepartment(String department, int limit) {
    try {
      return database
          .jdbi()
          .withHandle(
              h ->
                  h.createQuery(
                          SELECT
                              + " WHERE department = ? AND resolved_at IS NULL"
                              + " ORDER BY created_at DESC, id DESC LIMIT ?")
                      .bind(0, department)
                      .bind(1, limit)
                      .map(WishStore::stored)
                      .list());
    } catch (JdbiException e) {
      throw new UnableToStoreEvents("read the wishes of " + department, e);
    }
  }

  private static Stored stored(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Stored(
        rs.getLong(1),
        new Wish(
            rs.getObject(2, OffsetDateTime.class).toInstant(),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            rs.getString(8),
            rs.getObject(9, Long.class)),
        rs.getObject(10, OffsetDateTime.class) != null);
  }

  /** Unmet wishes on one product version counted by department, attribute and topic. */
  public List<TopicCount> topics(String product, String version) {
    try {
      return database
          .jdbi()
          .withHandle(
              h ->
                  h.createQuery(
                          "SELECT department, attribute, topic, COUNT(*) FROM wish"
                              + " WHERE product = ? AND version = ? AND resolved_at IS NULL"
                              + " GROUP BY department, attribute, topic")
                      .bind(0, product)
                      .bind(1, version)
                      .map(
                          (rs, ctx) ->
                              new TopicCount(
                                  rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                      .list());
    } catch (JdbiException e) {
      throw new UnableToStoreEvents("count the wishes of " + product + " " + version, e);
    }
  }
}
