package dev.atelier.server.production;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.shared.MaterialLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes production orders, their operations and booked slots (tables {@code production_order},
 * {@code production_operation}, {@code production_slot}). Stateless and thread-safe; every call
 * runs on the caller's handle.
 */
final class ProductionOrderStore {

  private ProductionOrderStore() {}

  /** Inserts a queued production order for a booked schedule; returns its id. */
  static String insert(
      Handle h, Line line, List<MaterialLine> materials, Promise.Dated promise, Instant now) {
    String id = UUID.randomUUID().toString();
    h.createUpdate(
            "INSERT INTO production_order (id, order_id, line_no, product, version, quantity,"
                + " configuration, materials, promised_date, status, created_at) VALUES (:id,"
                + " :order, :line, :product, :version, :quantity, :configuration, :materials,"
                + " :promised, 'queued', :now)")
        .bind("id", id)
        .bind("order", line.orderId())
        .bind("line", line.lineNo())
        .bind("product", line.product())
        .bind("version", line.version())
        .bind("quantity", line.quantity())
        .bind("configuration", json(line.configuration()))
        .bind("materials", json(materials))
        .bind("promised", promise.date())
        .bind("now", timestamp(now))
        .execute();
    PreparedBatch operations =
        h.prepareBatch(
            "INSERT INTO production_operation (id, production_order, seq, operation, label,"
                + " work_centre, minutes, setup_minutes, run_minutes, first_day, last_day,"
                + " status) VALUES (:id, :po, :seq, :operation, :label, :wc, :minutes, :setup,"
                + " :run, :first, :last, 'queued')");
    PreparedBatch slots =
        h.prepareBatch(
            "INSERT INTO production_slot (operation, work_centre, work_day, minutes)"
                + " VALUES (:op, :wc, :day, :minutes)");
    for (ScheduledOperation so : promise.operations()) {
      PlannedOperation op = so.operation();
      String opId = UUID.randomUUID().toString();
      operations
          .bind("id", opId)
          .bind("po", id)
          .bind("seq", op.sequence())
          .bind("operation", op.id())
          .bind("label", json(op.label().texts()))
          .bind("wc", op.workCentre())
          .bind("minutes", op.minutes())
          .bind("setup", exact(op.setupMinutes()))
          .bind("run", exact(op.runMinutes()))
          .bind("first", so.firstDay())
          .bind("last", so.lastDay())
          .add();
      for (Slot s : so.slots()) {
        slots
            .bind("op", opId)
            .bind("wc", s.workCentre())
            .bind("day", s.day())
            .bind("minutes", s.minutes())
            .add();
      }
    }
    if (!promise.operations().isEmpty()) {
      operations.execute();
    }
    if (!promise.slots().isEmpty()) {
      slots.execute();
    }
    return id;
  }

  /**
   * The order line a production order makes.
   *
   * @param orderId the customer order
   * @param lineNo the line number in it
   * @param product the product id
   * @param version the model version
   * @param quantity how many
   * @param configuration attribute id to value id
   */
  record Line(
      String orderId,
      int lineNo,
      String product,
      String version,
      long quantity,
      Map<String, String> configuration) {}

  /** Exact decimal text of {@code minutes}, or null. */
  private static String exact(BigDecimal minutes) {
    return minutes == null ? null : minutes.stripTrailingZeros().toPlainString();
  }

  static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static String json(Object value) {
    try {
      return JsonBodies.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
