package dev.atelier.server.production;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads operations for queues and order pages. Stateless and thread-safe. */
final class OperationQueries {

  private static final String SELECT =
      "SELECT o.id, o.production_order, p.order_id, o.seq, o.operation, o.label, o.work_centre,"
          + " o.minutes, o.setup_minutes, o.run_minutes, o.first_day, o.last_day, o.status, o.note,"
          + " CASE WHEN EXISTS (SELECT 1 FROM production_operation q"
          + " WHERE q.production_order = o.production_order AND q.seq < o.seq"
          + " AND q.status <> 'done') THEN FALSE ELSE TRUE END AS ready"
          + " FROM production_operation o JOIN production_order p ON p.id = o.production_order";

  private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};

  private OperationQueries() {}

  /** The open (queued or started) operations at {@code workCentre}: started first, then by plan. */
  static List<QueuedOperation> queue(Handle h, String workCentre, int limit) {
    return h.createQuery(
            SELECT
                + " WHERE o.work_centre = :wc AND o.status IN ('queued', 'started')"
                + " ORDER BY CASE WHEN o.status = 'started' THEN 0 ELSE 1 END, o.first_day,"
                + " p.created_at, o.seq LIMIT :limit")
        .bind("wc", workCentre)
        .bind("limit", limit)
        .map((rs, ctx) -> read(rs))
        .list();
  }

  /** Every operation of order {@code orderId}, by production order and routing sequence. */
  static List<QueuedOperation> forOrder(Handle h, String orderId) {
    return h.createQuery(SELECT + " WHERE p.order_id = :o ORDER BY p.line_no, o.seq")
        .bind("o", orderId)
        .map((rs, ctx) -> read(rs))
        .list();
  }

  /** Every operation of production order {@code productionOrderId}, in routing sequence. */
  static List<QueuedOperation> ofProductionOrder(Handle h, String productionOrderId) {
    return h.createQuery(SELECT + " WHERE o.production_order = :po ORDER BY o.seq")
        .bind("po", productionOrderId)
        .map((rs, ctx) -> read(rs))
        .list();
  }

  /** Operation {@code id}, if it exists. */
  static Optional<QueuedOperation> find(Handle h, String id) {
    return h.createQuery(SELECT + " WHERE o.id = :id")
        .bind("id", id)
        .map((rs, ctx) -> read(rs))
        .findOne();
  }

  private static QueuedOperation read(ResultSet rs) throws SQLException {
    return new QueuedOperation(
        rs.getString("id"),
        rs.getString("production_order"),
        rs.getString("order_id"),
        rs.getInt("seq"),
        rs.getString("operation"),
        texts(rs.getString("label")),
        rs.getString("work_centre"),
        rs.getLong("minutes"),
        decimal(rs.getString("setup_minutes")),
        decimal(rs.getString("run_minutes")),
        rs.getObject("first_day", LocalDate.class).toString(),
        rs.getObject("last_day", LocalDate.class).toString(),
        rs.getString("status"),
        rs.getBoolean("ready"),
        rs.getString("note"));
  }

  private static @Nullable BigDecimal decimal(@Nullable String text) {
    return text == null ? null : new BigDecimal(text);
  }

  /** A stored JSON object of strings (a label's texts, a configuration), in stored order. */
  static Map<String, String> texts(String json) {
    try {
      return JsonBodies.mapper().readValue(json, TEXTS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored text map is not JSON: " + json, e);
    }
  }
}
