package dev.atelier.server.production;

import dev.atelier.server.events.EventData;
import dev.atelier.server.events.Outbox;
import dev.atelier.server.http.Problem;
import dev.atelier.server.order.OrderPlacedListener;
import dev.atelier.server.order.PlacedOrder;
import dev.atelier.server.printfile.OrderPrintFiles;
import dev.atelier.server.printfile.PrintJobs;
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
  private final boolean printFiles;

  /** Books with {@code planner}, without print files. */
  public ProductionBooking(ProductionPlanner planner) {
    this(planner, false);
  }

  /**
   * Books with {@code planner}; with {@code printFiles}, an order's artwork and print-area texts
   * become print jobs due ({@link OrderPrintFiles#jobs}, recorded in the order's transaction; the
   * {@link dev.atelier.server.printfile.PrintJobWorker} renders them after the commit), and {@code
   * order.placed} names the areas whose files are pending.
   */
  public ProductionBooking(ProductionPlanner planner, boolean printFiles) {
    this.planner = Objects.requireNonNull(planner, "planner");
    this.printFiles = printFiles;
  }

  @Override
  public Optional<Problem> placed(Handle h, PlacedOrder order) {
    String orderId = Long.toString(order.id());
    LocalDate today = LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC);
    // Nothing is rendered here: the files are made after the commit (issue 17).
    List<String> pending = printFiles ? OrderPrintFiles.areas(order) : List.of();
    AccountCapacity.lock(h, order.accountId());
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
                                order.texts(),
                                pending))),
                    order.createdAt()));
    if (booking instanceof Booking.Refused refused) {
      return Optional.of(problem(refused.reason()));
    }
    Optional<Problem> tooMuch =
        AccountCapacity.hold(
            h, order.accountId(), ((Booking.Booked) booking).promise().slots(), today);
    if (tooMuch.isPresent()) {
      return tooMuch;
    }
    if (!pending.isEmpty()) {
      String productionOrder = ((Booking.Booked) booking).productionOrderId();
      PrintJobs.record(h, OrderPrintFiles.jobs(order, productionOrder), order.createdAt());
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
