package dev.atelier.server.wishes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.atelier.server.db.Database;
import dev.atelier.server.designevents.EventQueries;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.shared.Choice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** Wishes in the database. Thread-safe. */
public final class WishStore {

  /** A stored wish with its id, and whether it was met. */
  public record Stored(long id, Wish wish, boolean resolved) {}

  private static final TypeReference<List<Choice>> CHOICES = new TypeReference<>() {};

  private static final String SELECT =
      "SELECT id, created_at, product, version, department, attribute, wish_text, session_key,"
          + " account_id, resolved_at, design FROM wish";

  /** How many wishes on a product version share a department, attribute and topic. */
  public record TopicCount(String department, String attribute, String topic, long count) {}

  private final EventQueries queries;

  /** A store in {@code database} (migrated). */
  public WishStore(Database database) {
    this.queries = new EventQueries(database);
  }

  /** Stores {@code wish}; its id. */
  public long insert(Wish wish) {
    return queries.with(
        "store a wish",
        h ->
            h.createUpdate(
                    "INSERT INTO wish (created_at, product, version, department, attribute,"
                        + " wish_text, topic, session_key, account_id, design)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, EventQueries.utc(wish.at()))
                .bind(1, wish.product())
                .bind(2, wish.version())
                .bind(3, wish.department())
                .bind(4, wish.attribute())
                .bind(5, wish.text())
                .bind(6, wish.topic())
                .bind(7, wish.sessionKey())
                .bind(8, wish.accountId())
                .bind(9, wish.design().isEmpty() ? null : designJson(wish.design()))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
  }

  /** Wish {@code id}, if there is one. */
  public Optional<Stored> find(long id) {
    return queries.find("read wish " + id, SELECT + " WHERE id = ?", WishStore::stored, id);
  }

  /** Marks wish {@code id} met by {@code resolution}; false when it is unknown or already met. */
  public boolean resolve(long id, String resolution, Instant at) {
    return queries.with(
            "resolve wish " + id,
            h ->
                h.createUpdate(
                        "UPDATE wish SET resolved_at = ?, resolution = ?"
                            + " WHERE id = ? AND resolved_at IS NULL")
                    .bind(0, EventQueries.utc(at))
                    .bind(1, resolution)
                    .bind(2, id)
                    .execute())
        == 1;
  }

  /** The newest {@code limit} unmet wishes routed to {@code department}, newest first. */
  public List<Stored> ofDepartment(String department, int limit) {
    return queries.list(
        "read the wishes of " + department,
        SELECT
            + " WHERE department = ? AND resolved_at IS NULL"
            + " ORDER BY created_at DESC, id DESC LIMIT ?",
        WishStore::stored,
        department,
        limit);
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
            rs.getObject(9, Long.class),
            design(rs.getString(11))),
        rs.getObject(10, OffsetDateTime.class) != null);
  }

  /** Unmet wishes on one product version counted by department, attribute and topic. */
  public List<TopicCount> topics(String product, String version) {
    return queries.list(
        "count the wishes of " + product + " " + version,
        "SELECT department, attribute, topic, COUNT(*) FROM wish"
            + " WHERE product = ? AND version = ? AND resolved_at IS NULL"
            + " GROUP BY department, attribute, topic",
        (rs, ctx) ->
            new TopicCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
        product,
        version);
  }

  private static String designJson(List<Choice> design) {
    try {
      return JsonBodies.mapper().writeValueAsString(design);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("decisions are always writable", e);
    }
  }

  private static List<Choice> design(String json) throws SQLException {
    if (json == null) {
      return List.of();
    }
    try {
      return JsonBodies.mapper().readValue(json, CHOICES);
    } catch (JsonProcessingException e) {
      throw new SQLException("a wish's design is not readable", e);
    }
  }
}
