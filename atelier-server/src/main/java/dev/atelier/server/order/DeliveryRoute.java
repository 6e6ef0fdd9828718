package dev.atelier.server.order;

import dev.atelier.server.db.Database;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/orders/{id}/delivery}: when one of your orders was promised for (the latest
 * production order's promised day, booked for its quantity) and, once shipped, when and with which
 * tracking numbers. Thread-safe.
 */
public final class DeliveryRoute {

  /**
   * The delivery of an order.
   *
   * @param promisedDate the day production promised to finish every line (ISO date), or null (also
   *     for a service with no operation: nothing is promised)
   * @param ships whether any operation runs at a physical work centre (V202); false for a service
   *     (insurance), whose date is when the work is done, not a ship date
   * @param shipped whether every line has shipped
   * @param shippedAt when the last line shipped (ISO instant), or null
   * @param trackingNumbers the carriers' tracking numbers given when shipping, in line order
   */
  public record Delivery(
      long orderId,
      @Nullable String promisedDate,
      boolean ships,
      boolean shipped,
      @Nullable String shippedAt,
      List<String> trackingNumbers) {}

  /** How many operations the order's lines run, and how many of them at physical work centres. */
  private record Work(long operations, long physical) {}

  private record Line(
      LocalDate promised, String status, String tracking, OffsetDateTime shippedAt) {}

  private final Database database;

  /** The route on {@code database}. */
  public DeliveryRoute(Database database) {
    this.database = database;
  }

  /** The route. */
  public Route route() {
    return Route.get(
            "/api/orders/{id}/delivery",
            "getOrderDelivery",
            "Promised date of one of your orders and, once shipped, its tracking numbers",
            Delivery.class,
            this::delivery)
        .withAccess(Access.SIGNED_IN);
  }

  private Outcome<Delivery> delivery(Context ctx) {
    String raw = ctx.pathParam("id");
    long account =
        Route.principal(ctx)
            .orElseThrow(() -> new IllegalStateException("not signed in"))
            .accountId();
    long id;
    try {
      id = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      return Outcome.rejected(notFound(raw));
    }
    return database
        .jdbi()
        .withHandle(
            h -> {
              Optional<Long> owner =
                  h.createQuery("SELECT account_id FROM orders WHERE id = :id")
                      .bind("id", id)
                      .mapTo(Long.class)
                      .findOne();
              if (owner.isEmpty() || owner.get() != account) {
                return Outcome.rejected(notFound(raw));
              }
              List<Line> lines =
                  h.createQuery(
                          "SELECT promised_date, status, tracking_number, shipped_at"
                              + " FROM production_order WHERE order_id = :o ORDER BY line_no")
                      .bind("o", Long.toString(id))
                      .map(
                          (rs, c) ->
                              new Line(
                                  rs.getObject(1, LocalDate.class),
                                  rs.getString(2),
                                  rs.getString(3),
                                  rs.getObject(4, OffsetDateTime.class)))
                      .list();
              Work work =
                  h.createQuery(
                          "SELECT COUNT(*), COUNT(CASE WHEN w.physical THEN 1 END)"
                              + " FROM production_operation op"
                              + " JOIN production_order po ON po.id = op.production_order"
                              + " JOIN work_centre w ON w.id = op.work_centre"
                              + " WHERE po.order_id = :o")
                      .bind("o", Long.toString(id))
                      .map((rs, c) -> new Work(rs.getLong(1), rs.getLong(2)))
                      .one();
              return Outcome.ok(delivery(id, lines, work));
            });
  }

  private static Delivery delivery(long id, List<Line> lines, Work work) {
    boolean ships = work.physical() > 0;
    LocalDate promised =
        !ships && work.operations() == 0
            ? null
            : lines.stream().map(Line::promised).max(LocalDate::compareTo).orElse(null);
    boolean shipped =
        !lines.isEmpty() && lines.stream().allMatch(l -> l.status().equals("shipped"));
    OffsetDateTime at =
        lines.stream()
            .map(Line::shippedAt)
            .filter(t -> t != null)
            .max(OffsetDateTime::compareTo)
            .orElse(null);
    List<String> tracking =
        lines.stream().map(Line::tracking).filter(t -> t != null && !t.isBlank()).toList();
    return new Delivery(
        id,
        promised == null ? null : promised.toString(),
        ships,
        shipped,
        shipped && at != null ? at.toInstant().toString() : null,
        tracking);
  }

  private static Problem notFound(String id) {
    return Problem.of(
        404, "order-not-found", "No such order", "you have no order '" + Echo.of(id) + "'", "id");
  }
}
