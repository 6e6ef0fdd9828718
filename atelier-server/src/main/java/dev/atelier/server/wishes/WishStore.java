package dev.atelier.server.wishes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.atelier.server.db.Database;
import dev.atelier.server.designevents.EventQueries;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
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

  /** A stored wish with its id, whether it was met, and its source and triage. */
  public record Stored(long id, Wish wish, boolean resolved, Triage triage) {}

  /**
   * Where a wish came from and where it stands.
   *
   * @param state {@code new}, {@code accepted}, {@code declined} or {@code met}
   * @param channel {@code configurator}, or how an employee heard it (phone, showroom, email,
   *     complaint, production)
   * @param recordedBy the employee who recorded it, or null
   * @param orderId the order it concerns, or null
   * @param draftVersion the draft an accepted wish is linked to, or null
   * @param reason why it was declined, or null
   * @param metVersion the published version that met it, or null
   * @param metValue the value that met it ({@code attribute = value}), or null
   */
  public record Triage(
      String state,
      String channel,
      String recordedBy,
      Long orderId,
      String draftVersion,
      String reason,
      String metVersion,
      String metValue) {}

  private static final TypeReference<List<Choice>> CHOICES = new TypeReference<>() {};

  private static final String SELECT =
      "SELECT id, created_at, product, version, department, attribute, wish_text, session_key,"
          + " account_id, resolved_at, design, state, channel, recorded_by, order_id, draft_version,"
          + " decline_reason, met_version, met_value FROM wish";

  /** How many wishes on a product version share a department, attribute and topic. */
  public record TopicCount(String department, String attribute, String topic, long count) {}

  private final EventQueries queries;

  /** A store in {@code database} (migrated). */
  public WishStore(Database database) {
    this.queries = new EventQueries(database);
  }

  /** Stores {@code wish}, made in the configurator; its id. */
  public long insert(Wish wish) {
    return insert(wish, null);
  }

  /**
   * Stores {@code wish}, made in the configurator by someone to be told at {@code notifyEmail}
   * (null: their account, or nobody) when it is met; its id.
   */
  public long insert(Wish wish, @Nullable String notifyEmail) {
    return insert(wish, "configurator", null, null, notifyEmail);
  }

  /**
   * Stores {@code wish}, heard through {@code channel} and recorded by {@code recordedBy} (null:
   * the customer) about order {@code orderId} (may be null); its id.
   */
  public long insert(
      Wish wish, String channel, @Nullable String recordedBy, @Nullable Long orderId) {
    return insert(wish, channel, recordedBy, orderId, null);
  }

  private long insert(
      Wish wish,
      String channel,
      @Nullable String recordedBy,
      @Nullable Long orderId,
      @Nullable String notifyEmail) {
    return queries.with(
        "store a wish",
        h ->
            h.createUpdate(
                    "INSERT INTO wish (created_at, product, version, department, attribute,"
                        + " wish_text, topic, session_key, account_id, design, channel, recorded_by,"
                        + " order_id, notify_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
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
                .bind(10, channel)
                .bind(11, recordedBy)
                .bind(12, orderId)
                .bind(13, notifyEmail)
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
                        "UPDATE wish SET resolved_at = ?, resolution = ?, state = 'met'"
                            + " WHERE id = ? AND resolved_at IS NULL")
                    .bind(0, EventQueries.utc(at))
                    .bind(1, resolution)
                    .bind(2, id)
                    .execute())
        == 1;
  }

  /**
   * The newest {@code limit} wishes routed to {@code department} in {@code state} (null: every
   * state but met), newest first.
   */
  public List<Stored> ofDepartment(String department, @Nullable String state, int limit) {
    return queries.list(
        "read the wishes of " + department,
        SELECT
            + " WHERE department = ? AND (state = ? OR (? AND state <> 'met'))"
            + " ORDER BY created_at DESC, id DESC LIMIT ?",
        WishStore::stored,
        department,
        state == null ? "" : state,
        state == null,
        limit);
  }

  /**
   * Sets the triage of unmet wish {@code id} to {@code state} with its draft or reason; false when
   * it is unknown or met already.
   */
  public boolean triage(
      long id, String state, @Nullable String draftVersion, @Nullable String reason) {
    return queries.with(
            "triage wish " + id,
            h ->
                h.createUpdate(
                        "UPDATE wish SET state = ?, draft_version = ?, decline_reason = ?"
                            + " WHERE id = ? AND state <> 'met'")
                    .bind(0, state)
                    .bind(1, draftVersion)
                    .bind(2, reason)
                    .bind(3, id)
                    .execute())
        == 1;
  }

  /** The wishes of account {@code accountId}, newest first, at most {@code limit}. */
  public List<Stored> ofAccount(long accountId, int limit) {
    return queries.list(
        "read the wishes of account " + accountId,
        SELECT + " WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
        WishStore::stored,
        accountId,
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
        rs.getObject(10, OffsetDateTime.class) != null,
        new Triage(
            rs.getString(12),
            rs.getString(13),
            rs.getString(14),
            rs.getObject(15, Long.class),
            rs.getString(16),
            rs.getString(17),
            rs.getString(18),
            rs.getString(19)));
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
