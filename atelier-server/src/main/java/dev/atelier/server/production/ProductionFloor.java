package dev.atelier.server.production;

import dev.atelier.server.events.EventData;
import dev.atelier.server.events.Outbox;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.order.OrderStatus;
import dev.atelier.server.printfile.PendingPrintFiles;
import dev.atelier.server.printfile.PrintFileStore;
import dev.atelier.server.printfile.PrintJobs;
import dev.atelier.server.shared.PrintFileLink;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What staff do on the shop floor: see a work centre's queue, start and finish operations (with a
 * scrap or rework note), ship finished production orders. Each action is one transaction that locks
 * its production order first (so concurrent clicks serialize), checks the state, changes it and
 * writes the resulting event to the outbox: {@code production.started} when the first operation
 * starts, {@code production.completed} when the last is done, {@code order.shipped} when every
 * production order of the order has shipped. Operations run in routing order: one starts only when
 * every earlier one is done. Thread-safe.
 */
public final class ProductionFloor {

  /** Most operations a queue lists. */
  public static final int QUEUE_LIMIT = 200;

  private final Jdbi jdbi;
  private final Clock clock;

  /** The floor on {@code jdbi}, telling time by {@code clock}. */
  public ProductionFloor(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Every work centre with its calendar. */
  public List<WorkCentre> workCentres() {
    return jdbi.withHandle(WorkCentreStore::all);
  }

  /** The open operations at {@code workCentre}, the one to do next first; empty if unknown. */
  public Optional<List<QueuedOperation>> queue(String workCentre) {
    return jdbi.withHandle(
        h ->
            WorkCentreStore.find(h, workCentre)
                .map(w -> OperationQueries.queue(h, workCentre, QUEUE_LIMIT)));
  }

  /** Today's date by the floor's clock. */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Each work centre's capacity and booked minutes today (the clock's day), by work centre id. */
  public Map<String, ProductionJson.DayLoad> loadToday() {
    LocalDate today = LocalDate.now(clock);
    return jdbi.withHandle(h -> ShopFloorQueries.loadOn(h, today));
  }

  /** Per work centre id, how many operations are queued and started: {@code [queued, started]}. */
  public Map<String, long[]> openWork() {
    return jdbi.withHandle(ShopFloorQueries::openWork);
  }

  /** The production orders of customer order {@code orderId} and their operations. */
  public ProductionJson.OrderWork orderWork(String orderId) {
    return jdbi.withHandle(
        h ->
            new ProductionJson.OrderWork(
                orderId,
                ShopFloorQueries.ofOrder(h, orderId),
                OperationQueries.forOrder(h, orderId)));
  }

  /** The production orders among {@code ids}, by id. */
  public Map<String, ProductionJson.ProductionOrderView> productionOrders(Collection<String> ids) {
    return jdbi.withHandle(h -> ShopFloorQueries.byIds(h, ids));
  }

  /** Up to {@link #QUEUE_LIMIT} production orders in {@code status}, oldest first. */
  public List<ProductionJson.ProductionOrderView> productionOrders(String status) {
    return jdbi.withHandle(h -> ShopFloorQueries.withStatus(h, status, QUEUE_LIMIT));
  }

  /**
   * Sets {@code workCentre}'s capacity on {@code day} to {@code minutes} (a holiday at 0, an extra
   * shift above the pattern): {@link FloorResult.Changed} with a null operation, not found, or a
   * conflict when more is already booked that day.
   */
  public FloorResult setCapacity(String workCentre, LocalDate day, int minutes) {
    if (minutes < 0 || minutes > WorkCentreCalendar.MINUTES_PER_DAY) {
      throw new IllegalArgumentException("minutes must be 0 to 1440, got " + minutes);
    }
    return jdbi.inTransaction(
        h -> {
          if (WorkCentreStore.find(h, workCentre).isEmpty()) {
            return new FloorResult.NotFound();
          }
          Optional<Long> booked = WorkCentreStore.setException(h, workCentre, day, minutes);
          if (booked.isPresent()) {
            return new FloorResult.Conflict(
                booked.get() + " minutes are already booked on " + day + "; move orders first");
          }
          return new FloorResult.Changed(null, "calendar updated");
        });
  }

  /** Every operation of order {@code orderId} (for the customer's order page), on {@code h}. */
  public static List<QueuedOperation> forOrder(Handle h, String orderId) {
    return OperationQueries.forOrder(h, orderId);
  }

  /** Starts operation {@code id}; {@code note} (may be null) is kept. */
  public FloorResult start(String id, @Nullable String note) {
    return withLockedOperation(
        id,
        (h, locked) -> {
          QueuedOperation op = locked.operation();
          if (!op.status().equals("queued")) {
            return new FloorResult.Conflict("operation " + op.operation() + " is " + op.status());
          }
          if (!op.ready()) {
            return new FloorResult.Conflict(
                "an earlier operation of this production order is not done yet");
          }
          if (PrintJobs.blocks(h, op.productionOrderId())) {
            return new FloorResult.Conflict(
                "the print files of this production order are not ready yet");
          }
          Instant now = clock.instant();
          FloorStatements.mark(h, id, "started", "started_at", now, note);
          String status = locked.orderStatus();
          if (status.equals("queued")) {
            status = FloorStatements.setStatus(h, op.productionOrderId(), "started");
            CustomerOrderStatus.set(h, op.orderId(), OrderStatus.IN_PRODUCTION);
            Outbox.append(
                h,
                new EventData.ProductionStarted(
                    op.orderId(),
                    op.productionOrderId(),
                    op.operation(),
                    op.workCentre(),
                    now.toString()),
                now);
          }
          return new FloorResult.Changed(OperationQueries.find(h, id).orElseThrow(), status);
        });
  }

  /** Finishes operation {@code id}; {@code note} (may be null) records scrap or rework. */
  public FloorResult done(String id, @Nullable String note) {
    return withLockedOperation(
        id,
        (h, locked) -> {
          QueuedOperation op = locked.operation();
          if (!op.status().equals("started")) {
            return new FloorResult.Conflict(
                "operation " + op.operation() + " is " + op.status() + ", not started");
          }
          Instant now = clock.instant();
          FloorStatements.mark(h, id, "done", "done_at", now, note);
          AccountLoad.release(h, op.orderId(), id);
          List<QueuedOperation> all = OperationQueries.ofProductionOrder(h, op.productionOrderId());
          String status = locked.orderStatus();
          if (all.stream().allMatch(o -> o.status().equals("done"))) {
            status = FloorStatements.setStatus(h, op.productionOrderId(), "done");
            if (FloorStatements.openProductionOrders(h, op.orderId(), "done") == 0) {
              CustomerOrderStatus.set(h, op.orderId(), OrderStatus.COMPLETED);
            }
            List<String> notes =
                all.stream().map(QueuedOperation::note).filter(Objects::nonNull).toList();
            Outbox.append(
                h,
                new EventData.ProductionCompleted(
                    op.orderId(), op.productionOrderId(), now.toString(), notes),
                now);
          }
          return new FloorResult.Changed(OperationQueries.find(h, id).orElseThrow(), status);
        });
  }

  /** Ships finished production order {@code id}; {@code trackingNumber} may be null. */
  public FloorResult ship(String id, @Nullable String trackingNumber) {
    return jdbi.inTransaction(
        h -> {
          Optional<FloorStatements.OrderRow> order = FloorStatements.lockOrder(h, id);
          if (order.isEmpty()) {
            return new FloorResult.NotFound();
          }
          if (!order.get().status().equals("done")) {
            return new FloorResult.Conflict(
                "production order is " + order.get().status() + ", not done");
          }
          Instant now = clock.instant();
          FloorStatements.ship(h, id, trackingNumber, now);
          String orderId = order.get().orderId();
          if (FloorStatements.openProductionOrders(h, orderId, "shipped") == 0) {
            CustomerOrderStatus.set(h, orderId, OrderStatus.SHIPPED);
            Outbox.append(
                h,
                new EventData.OrderShipped(
                    orderId,
                    now.toString(),
                    trackingNumber,
                    FloorStatements.shippedLines(h, orderId)),
                now);
          }
          return new FloorResult.Changed(null, "shipped");
        });
  }

  /** A step on one operation, inside the transaction that locked its production order. */
  private interface OperationStep {
    FloorResult apply(Handle h, FloorStatements.Locked locked);
  }

  /**
   * {@code step} on operation {@code id} with its production order locked; not found if unknown.
   */
  private FloorResult withLockedOperation(String id, OperationStep step) {
    return jdbi.inTransaction(
        h ->
            FloorStatements.lockOperation(h, id)
                .map(locked -> step.apply(h, locked))
                .orElseGet(FloorResult.NotFound::new));
  }

  /** The print files of each of {@code productionOrders} that has any. */
  public Map<String, List<PrintFileLink>> printFiles(Collection<String> productionOrders) {
    return new PrintFileStore(jdbi).of(productionOrders);
  }

  /** The print areas still without files of each of {@code productionOrders} that has any. */
  public Map<String, List<PendingPrintFiles>> pendingPrintFiles(
      Collection<String> productionOrders) {
    return new PrintJobs(jdbi).pending(productionOrders);
  }
}
