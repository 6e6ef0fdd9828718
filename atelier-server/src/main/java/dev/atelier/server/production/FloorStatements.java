package dev.atelier.server.production;

import dev.atelier.server.events.EventData;
import dev.atelier.server.http.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The statements {@link ProductionFloor}'s actions run inside their transaction: locking a
 * production order (so concurrent clicks serialize), reading and setting statuses, counting what is
 * still open. Stateless.
 */
final class FloorStatements {
  private FloorStatements() {}

  /** How many production orders of {@code orderId} are not yet {@code status} (or shipped). */
  static int openProductionOrders(Handle h, String orderId, String status) {
    return h.createQuery(
            "SELECT COUNT(*) FROM production_order WHERE order_id = :o"
                + " AND status <> :s AND status <> 'shipped'")
        .bind("o", orderId)
        .bind("s", status)
        .mapTo(Integer.class)
        .one();
  }

  /** The lines of order {@code orderId} as {@code order.shipped} names them, in line order. */
  static List<EventData.ShippedLine> shippedLines(Handle h, String orderId) {
    return h.createQuery(
            "SELECT id, product, version, quantity, tracking_number FROM production_order"
                + " WHERE order_id = :o ORDER BY line_no")
        .bind("o", orderId)
        .map(
            (rs, c) ->
                new EventData.ShippedLine(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getString(5)))
        .list();
  }

  /**
   * Sets operation {@code id} to {@code status} at {@code now} ({@code timeColumn}), keeps a note.
   */
  static void mark(
      Handle h, String id, String status, String timeColumn, Instant now, @Nullable String note) {
    h.createUpdate(
            "UPDATE production_operation SET status = :status, "
                + timeColumn
                + " = :now, note = COALESCE(:note, note) WHERE id = :id")
        .bind("status", status)
        .bind("now", ProductionRows.timestamp(now))
        .bind("note", note)
        .bind("id", id)
        .execute();
  }

  /** An operation read after locking its production order, and that order's status. */
  record Locked(QueuedOperation operation, String orderStatus) {}

  static Optional<Locked> lockOperation(Handle h, String id) {
    Optional<String> po =
        h.createQuery("SELECT production_order FROM production_operation WHERE id = :id")
            .bind("id", id)
            .mapTo(String.class)
            .findOne();
    if (po.isEmpty()) {
      return Optional.empty();
    }
    Optional<OrderRow> order = lockOrder(h, po.get());
    return order.map(o -> new Locked(OperationQueries.find(h, id).orElseThrow(), o.status()));
  }

  /** A production order's status and customer order. */
  record OrderRow(String status, String orderId) {}

  /** Locks production order {@code id} for the transaction: its status and order id. */
  static Optional<OrderRow> lockOrder(Handle h, String id) {
    return h.createQuery("SELECT status, order_id FROM production_order WHERE id = :id FOR UPDATE")
        .bind("id", id)
        .map((rs, ctx) -> new OrderRow(rs.getString(1), rs.getString(2)))
        .findOne();
  }

  static String setStatus(Handle h, String productionOrderId, String status) {
    h.createUpdate("UPDATE production_order SET status = :s WHERE id = :id")
        .bind("s", status)
        .bind("id", productionOrderId)
        .execute();
    return status;
  }

  /** Sets production order {@code id} shipped at {@code now} with {@code trackingNumber}. */
  static void ship(Handle h, String id, @Nullable String trackingNumber, Instant now) {
    setStatus(h, id, "shipped");
    h.createUpdate(
            "UPDATE production_order SET tracking_number = :t, shipped_at = :now WHERE id = :id")
        .bind("t", trackingNumber)
        .bind("now", ProductionRows.timestamp(now))
        .bind("id", id)
        .execute();
  }
}
