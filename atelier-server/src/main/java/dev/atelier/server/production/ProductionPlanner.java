package dev.atelier.server.production;

import dev.atelier.engine.model.Configuration;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.shared.MaterialLine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Delivery promises and capacity booking for the orders feature. Thread-safe.
 *
 * <p>{@link #promise} quotes: the earliest day all operations of a configuration fit the free
 * capacity now (nothing is reserved). {@link #book} runs inside the order's transaction: it
 * schedules, books every slot with conditional increments (never past a day's capacity, in a fixed
 * order so competing orders cannot deadlock) and writes the production order; when another order
 * took the room in between it rolls back to a savepoint and reschedules from the fresh load. So the
 * booked date may be later than the quote, never earlier than the capacity allows, and capacity is
 * never double-booked however many orders compete.
 *
 * <p>A quote or booking for today counts only what is left of today's shifts ({@link
 * RemainingShift}): late in the day, operations that exceed the rest of the shift go on the next
 * working day.
 *
 * <p>Load rows are materialized {@link #horizonDays()} days ahead by {@link #prepare} (called by
 * {@link #promise} and at construction); days without rows count as having no capacity.
 */
public final class ProductionPlanner {

  /**
   * How far ahead scheduling looks by default: two years, so that even the largest order the shop
   * takes (1,000 bicycles: about 55 weeks of sequential operations) gets a date.
   */
  public static final int DEFAULT_HORIZON_DAYS = 730;

  private static final int MAX_ATTEMPTS = 10_000;

  private final Jdbi jdbi;
  private final Clock clock;
  private final int horizonDays;
  private final AtomicReference<LocalDate> preparedFor = new AtomicReference<>();
  // Work centres are never deleted (operations refer to them), so once known, always known.
  private final Set<String> knownCentres = ConcurrentHashMap.newKeySet();

  /** A planner on {@code jdbi} looking {@code horizonDays} ahead; prepares today's horizon. */
  public ProductionPlanner(Jdbi jdbi, Clock clock, int horizonDays) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (horizonDays < 1) {
      throw new IllegalArgumentException("horizonDays must be positive, got " + horizonDays);
    }
    this.horizonDays = horizonDays;
    prepare(LocalDate.now(clock));
  }

  /** The scheduling horizon in days. */
  public int horizonDays() {
    return horizonDays;
  }

  /** The clock the planner tells the time by. */
  public Clock clock() {
    return clock;
  }

  /**
   * Materializes load rows from {@code today} to the end of the horizon (and a week beyond) unless
   * already done for {@code today}. Uses its own transaction: never call it while holding a
   * connection of the same pool inside a transaction that waits for it.
   */
  public void prepare(LocalDate today) {
    if (today.equals(preparedFor.get())) {
      return;
    }
    LoadLedger.ensureDays(jdbi, today, today.plusDays(horizonDays + 7L));
    preparedFor.set(today);
  }

  /**
   * The earliest day {@code quantity} products configured so can be made, starting {@code today}.
   */
  public Promise promise(
      ProductDefinition definition, Configuration configuration, long quantity, LocalDate today) {
    prepare(today);
    List<PlannedOperation> ops = Routing.operations(definition, configuration, quantity);
    return jdbi.withHandle(h -> plan(h, ops, today));
  }

  /**
   * Whether making {@code configuration} runs an operation at a physical work centre: false for a
   * service (every operation at a desk, or none), which has nothing to ship.
   */
  public boolean ships(ProductDefinition definition, Configuration configuration) {
    List<String> centres =
        Routing.operations(definition, configuration, 1).stream()
            .map(PlannedOperation::workCentre)
            .distinct()
            .toList();
    return !centres.isEmpty() && jdbi.withHandle(h -> WorkCentreStore.anyPhysical(h, centres));
  }

  /**
   * Books line {@code lineNo} of order {@code orderId} in the caller's transaction on {@code h}
   * (which must be in a transaction): schedules from {@code today}, books the capacity and inserts
   * the queued production order with its operations. The caller writes {@code order.placed} to the
   * outbox in the same transaction ({@link Booking.Booked#placedLine}).
   *
   * @throws IllegalStateException when {@code h} is not in a transaction
   */
  public Booking book(
      Handle h,
      String orderId,
      int lineNo,
      ProductDefinition definition,
      Configuration configuration,
      long quantity,
      LocalDate today) {
    return book(h, orderId, lineNo, definition, configuration, quantity, today, booked -> {});
  }

  /**
   * Like {@link #book(Handle, String, int, ProductDefinition, Configuration, long, LocalDate)}, and
   * calls {@code alongside} with each attempt's production order before its capacity is booked:
   * whatever it writes through {@code h} is undone with the attempt when another order took the
   * room first. The capacity rows, which every order competes for, are updated last, so that their
   * locks are held only for the rest of the caller's transaction.
   *
   * @throws IllegalStateException when {@code h} is not in a transaction
   */
  public Booking book(
      Handle h,
      String orderId,
      int lineNo,
      ProductDefinition definition,
      Configuration configuration,
      long quantity,
      LocalDate today,
      Consumer<Booking.Booked> alongside) {
    if (!h.isInTransaction()) {
      throw new IllegalStateException("book() must run inside the order's transaction");
    }
    List<PlannedOperation> ops = Routing.operations(definition, configuration, quantity);
    List<MaterialLine> materials = BillOfMaterials.explode(definition, configuration, quantity);
    String savepoint = "atelier_booking";
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      Promise promise = plan(h, ops, today);
      if (!(promise instanceof Promise.Dated dated)) {
        return new Booking.Refused(promise);
      }
      String id =
          ProductionOrderStore.insert(
              h,
              savepoint, // taken first; released by the commit
              new ProductionOrderStore.Line(
                  orderId,
                  lineNo,
                  definition.model().id(),
                  definition.model().version(),
                  quantity,
                  configuration.values()),
              materials,
              dated,
              clock.instant());
      Booking.Booked booked = new Booking.Booked(id, dated, materials);
      alongside.accept(booked);
      if (LoadLedger.tryBook(h, dated.slots())) {
        return booked;
      }
      ProductionOrderStore.rollbackTo(h, savepoint);
    }
    throw new IllegalStateException("no booking after " + MAX_ATTEMPTS + " attempts");
  }

  private Promise plan(Handle h, List<PlannedOperation> ops, LocalDate today) {
    List<String> centres = ops.stream().map(PlannedOperation::workCentre).distinct().toList();
    List<String> unknown = unknownCentres(h, centres);
    if (!unknown.isEmpty()) {
      return new Promise.UnknownWorkCentre(unknown.get(0));
    }
    LocalDate end = today.plusDays(horizonDays - 1L);
    FreeCapacity free = LoadLedger.free(h, centres, today, end);
    if (today.equals(LocalDate.now(clock))) {
      free = RemainingShift.of(h, centres, free, today, LocalTime.now(clock));
    }
    Schedule s = ForwardScheduler.schedule(ops, today, free, horizonDays);
    if (s instanceof Schedule.NoCapacity none) {
      return new Promise.NoCapacity(
          none.operation().id(), none.operation().workCentre(), none.horizonEnd());
    }
    Schedule.Fits fits = (Schedule.Fits) s;
    return new Promise.Dated(fits.completion(), fits.operations());
  }

  private List<String> unknownCentres(Handle h, List<String> centres) {
    if (knownCentres.containsAll(centres)) {
      return List.of();
    }
    List<String> unknown = WorkCentreStore.unknown(h, centres);
    centres.stream().filter(c -> !unknown.contains(c)).forEach(knownCentres::add);
    return unknown;
  }
}
