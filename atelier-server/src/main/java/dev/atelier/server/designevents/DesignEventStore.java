package dev.atelier.server.designevents;

import dev.atelier.server.db.Database;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Design events in the database: batched inserts and the aggregates the analytics are computed from
 * (counted by the database, so only counts travel). Thread-safe.
 */
public final class DesignEventStore {

  /** How many events of one kind name one attribute and value. */
  public record ValueCount(EventKind kind, String attribute, String value, long count) {}

  /** How often a refusal named a rule on a product version. */
  public record RefusalCount(
      String product, String version, String attribute, String value, String rule, long count) {}

  private final EventQueries queries;

  /** A store in {@code database} (migrated). */
  public DesignEventStore(Database database) {
    this.queries = new EventQueries(database);
  }

  private static final String INSERT =
      "INSERT INTO design_event (occurred_at, kind, product, version, session_key, account_id,"
          + " attribute, attr_value, rule_id, decisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** Writes {@code events} in one batch, all or none (one transaction). */
  public void insert(List<DesignEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    String what = "record " + events.size() + " design events";
    // Plain JDBC on the handle's connection: every order and design step adds events, and JDBI's
    // argument binding cost more CPU than the batch's round trip.
    queries.with(
        what,
        handle ->
            handle.inTransaction(
                h -> {
                  try (PreparedStatement s = h.getConnection().prepareStatement(INSERT)) {
                    for (DesignEvent e : events) {
                      bind(s, e);
                      s.addBatch();
                    }
                    return s.executeBatch();
                  } catch (SQLException e) {
                    throw new UnableToStoreEvents(what, e);
                  }
                }));
  }

  private static void bind(PreparedStatement s, DesignEvent e) throws SQLException {
    s.setObject(1, EventQueries.utc(e.at()));
    s.setString(2, e.kind().code());
    s.setString(3, e.product());
    s.setString(4, e.version());
    s.setString(5, e.sessionKey());
    if (e.accountId() == null) {
      s.setNull(6, Types.BIGINT);
    } else {
      s.setLong(6, e.accountId());
    }
    s.setString(7, e.attribute());
    s.setString(8, e.value());
    s.setString(9, e.rule());
    s.setString(10, e.decisions());
  }

  /** Events per kind, attribute and value on one product version (events naming an attribute). */
  public List<ValueCount> valueCounts(String product, String version) {
    return query(
        "SELECT kind, attribute, attr_value, COUNT(*) AS n FROM design_event"
            + " WHERE product = ? AND version = ? AND attribute IS NOT NULL"
            + " GROUP BY kind, attribute, attr_value",
        product,
        version,
        (rs, ctx) ->
            new ValueCount(
                EventKind.ofCode(rs.getString(1)).orElseThrow(),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4)));
  }

  /**
   * The newest {@code limit} events of {@code kinds} on one product version, oldest first (the
   * order they were recorded in).
   */
  public List<DesignEvent> recent(
      String product, String version, List<EventKind> kinds, int limit) {
    List<DesignEvent> events =
        new ArrayList<>(
            query(
                "SELECT occurred_at, kind, session_key, account_id, attribute, attr_value, rule_id"
                    + " FROM design_event WHERE product = ? AND version = ? AND kind IN ("
                    + codes(kinds)
                    + ") ORDER BY id DESC LIMIT "
                    + limit,
                product,
                version,
                (rs, ctx) ->
                    new DesignEvent(
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        EventKind.ofCode(rs.getString(2)).orElseThrow(),
                        product,
                        version,
                        rs.getString(3),
                        rs.getObject(4, Long.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7))));
    Collections.reverse(events);
    return events;
  }

  /**
   * The newest {@code limit} refusals of {@code product} (any version) since {@code since} that
   * kept their design's decisions, newest first.
   */
  public List<DesignEvent> refusalsSince(String product, Instant since, int limit) {
    return queries.list(
        "read refusals of " + product,
        "SELECT occurred_at, version, session_key, account_id, attribute, attr_value, rule_id,"
            + " decisions FROM design_event WHERE product = ? AND kind = 'refusal'"
            + " AND occurred_at >= ? AND decisions IS NOT NULL ORDER BY occurred_at DESC, id DESC"
            + " LIMIT "
            + limit,
        (rs, ctx) ->
            new DesignEvent(
                rs.getObject(1, OffsetDateTime.class).toInstant(),
                EventKind.REFUSAL,
                product,
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, Long.class),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8)),
        product,
        EventQueries.utc(since));
  }

  /** Refusals per rule on one product version (refusals naming a rule). */
  public Map<String, Long> ruleCounts(String product, String version) {
    Map<String, Long> counts = new HashMap<>();
    query(
            "SELECT rule_id, COUNT(*) FROM design_event WHERE product = ? AND version = ?"
                + " AND kind = 'refusal' AND rule_id IS NOT NULL GROUP BY rule_id",
            product,
            version,
            (rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  /** Refusals per product version, attribute, value and rule, over the whole catalogue. */
  public List<RefusalCount> refusals() {
    return queries.list(
        "count refusals",
        "SELECT product, version, attribute, attr_value, rule_id, COUNT(*)"
            + " FROM design_event WHERE kind = 'refusal'"
            + " GROUP BY product, version, attribute, attr_value, rule_id",
        (rs, ctx) ->
            new RefusalCount(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6)));
  }

  /**
   * Distinct design sessions on one product version with an event of one of {@code kinds} (any
   * event when empty).
   */
  public long sessions(String product, String version, List<EventKind> kinds) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT COUNT(DISTINCT session_key) FROM design_event"
                + " WHERE product = ? AND version = ?");
    if (!kinds.isEmpty()) {
      sql.append(" AND kind IN (").append(codes(kinds)).append(')');
    }
    List<Long> n = query(sql.toString(), product, version, (rs, ctx) -> rs.getLong(1));
    return n.get(0);
  }

  /**
   * Distinct design sessions on one product version that reported an abandonment and have neither a
   * completion nor an order.
   */
  public long abandonedSessions(String product, String version) {
    return query(
            "SELECT COUNT(*) FROM (SELECT session_key FROM design_event"
                + " WHERE product = ? AND version = ? GROUP BY session_key"
                + " HAVING SUM(CASE WHEN kind = 'abandonment' THEN 1 ELSE 0 END) > 0"
                + " AND SUM(CASE WHEN kind IN ('completion', 'order') THEN 1 ELSE 0 END) = 0)"
                + " abandoned",
            product,
            version,
            (rs, ctx) -> rs.getLong(1))
        .get(0);
  }

  /** The SQL list of the kinds' codes (fixed identifiers, never user input). */
  private static String codes(List<EventKind> kinds) {
    return String.join(", ", kinds.stream().map(k -> "'" + k.code() + "'").toList());
  }

  private <T> List<T> query(
      String sql, String product, String version, org.jdbi.v3.core.mapper.RowMapper<T> mapper) {
    return queries.list(
        "read design events of " + product + " " + version, sql, mapper, product, version);
  }
}
