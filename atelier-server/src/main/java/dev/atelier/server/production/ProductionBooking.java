package dev.atelier.server.production;

import dev.atelier.server.events.EventData;
import dev.atelier.server.events.Outbox;
import dev.atelier.server.http.Problem;
import dev.atelier.server.order.OrderPlacedListener;
import dev.atelier.server.order.PlacedOrder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Production's part of placing an order, inside the order's transaction: books the capacity of its
 * line, creates the queued production order and writes {@code order.placed} to the outbox. An order
 * whose operations do not fit the horizon is refused (409 {@code no-capacity}), so nothing of it
 * remains. Thread-safe.
 */
public final class ProductionBooking implements OrderPlacedListener {

  private final ProductionPlanner planner;

  /** Books with {@code planner}. */
  public ProductionBooking(ProductionPlanner planner) {
    this.planner = Objects.requireNonNull(planner, "planner");
  }

  @Override
  public Optional<Problem> placed(Handle h, PlacedOrder order) {
    String orderId = Long.toString(order.id());
    LocalDate today = LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC);
    // order.placed is written alongside the booking, before the contended capacity rows.
    Booking booking =
        planner.book(
            h,
            orderId,
            1,
            order.product().definition(),
            order.configuration(),
            order.quantity(),
            today,
            booked ->
                Outbox.appendFirst(
                    h,
                    new EventData.OrderPlaced(
                        orderId,
                        booked.promise().date().toString(),
                        List.of(
                            booked.placedLine(
                                order.product().product(),
                                order.product().version(),
                                order.quantity(),
                                order.configuration().values(),
                                order.texts()))),
                    order.createdAt()));
    if (booking instanceof Booking.Refused refused) {
      return Optional.of(problem(refused.reason()));
    }
    return Optional.empty();
  }

  private Problem problem(Promise reason) {
    if (reason instanceof Promise.NoCapacity none) {
      return Problem.of(
          409,
          "no-capacity",
          "No production capacity",
          "'"
              + none.operation()
              + "' does not fit at "
              + none.workCentre()
              + " before "
              + none.horizonEnd()
              + "; order fewer or later",
          "quantity");
    }
    return Problem.of(
        409,
        "no-capacity",
        "No production capacity",
        "work centre '"
            + ((Promise.UnknownWorkCentre) reason).workCentre()
            + "' is not set up for this product",
        "design");
  }
}
