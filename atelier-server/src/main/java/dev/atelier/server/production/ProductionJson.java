package dev.atelier.server.production;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.NumberRange;
import dev.atelier.server.shared.DesignLine;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the production routes. All are immutable records, thread-safe. */
public final class ProductionJson {

  private ProductionJson() {}

  /**
   * A work centre and its calendar.
   *
   * @param id the id
   * @param label the English name
   * @param labels the name by language ({@code en}, and {@code de} when it has one)
   * @param weekly minutes per weekday ({@code MONDAY} ... {@code SUNDAY})
   * @param exceptions minutes on particular dates (ISO date to minutes)
   * @param today today's capacity and booked minutes, or null when today's load is not planned
   * @param queued how many operations wait here, not started
   * @param started how many operations are started here, not done
   */
  public record WorkCentreView(
      String id,
      String label,
      Map<String, String> labels,
      Map<String, Integer> weekly,
      Map<String, Integer> exceptions,
      @Nullable DayLoad today,
      long queued,
      long started) {}

  /**
   * One work centre's load on one day.
   *
   * @param date the day (ISO date)
   * @param capacityMinutes its capacity
   * @param bookedMinutes the minutes booked by production orders
   */
  public record DayLoad(String date, long capacityMinutes, long bookedMinutes) {}

  /**
   * A production order as staff see it: what to make.
   *
   * @param id the production order id
   * @param orderId the customer order
   * @param product the product id
   * @param version the model version
   * @param quantity how many
   * @param configuration the design: attribute id to value id, in model order
   * @param texts the order's personalization texts: text attribute id to the text to make
   * @param promisedDate the promised day (ISO date)
   * @param status {@code queued}, {@code started}, {@code done} or {@code shipped}
   * @param design the design in the model's labels, one line per chosen value (what staff read)
   * @param printAreas the model's print areas: id to label by language (the queue names an area's
   *     print files by it; empty when the model has none or is no longer in the catalogue)
   */
  public record ProductionOrderView(
      String id,
      String orderId,
      String product,
      String version,
      long quantity,
      Map<String, String> configuration,
      Map<String, String> texts,
      String promisedDate,
      String status,
      List<DesignLine> design,
      Map<String, Map<String, String>> printAreas) {

    public ProductionOrderView {
      texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
      design = List.copyOf(design);
      printAreas = Collections.unmodifiableMap(new LinkedHashMap<>(printAreas));
    }

    /** This view with {@code lines} as its design and {@code areas} as its print areas' labels. */
    public ProductionOrderView labelled(
        List<DesignLine> lines, Map<String, Map<String, String>> areas) {
      return new ProductionOrderView(
          id,
          orderId,
          product,
          version,
          quantity,
          configuration,
          texts,
          promisedDate,
          status,
          lines,
          areas);
    }
  }

  /** {@code GET /api/production-orders?status=done}: finished production orders, oldest first. */
  public record ProductionOrderList(List<ProductionOrderView> productionOrders) {}

  /**
   * {@code GET /api/production-orders/by-order/{orderId}}: where a customer order's work stands.
   *
   * @param orderId the customer order
   * @param productionOrders its production orders, one per order line
   * @param operations their operations, by production order and routing sequence
   */
  public record OrderWork(
      String orderId,
      List<ProductionOrderView> productionOrders,
      List<QueuedOperation> operations) {}

  /** {@code GET /api/work-centres}. */
  public record WorkCentreList(List<WorkCentreView> workCentres) {}

  /**
   * {@code GET /api/work-centres/{id}/queue}: started operations first, then queued ones by plan.
   *
   * @param workCentre the work centre id
   * @param next the id of the operation to start next (the first ready queued one), or null
   * @param operations the open operations
   * @param productionOrders the production orders of those operations (what to make), by id
   * @param printFiles the print files of those production orders that have any (PNG and PDF per
   *     print area with artwork, each with its staff download path), by production order id
   * @param printFilesPending the print areas still without files (being made, or dead with the
   *     reason) of those production orders that have any: these cannot start yet
   * @param printAreas the print areas of those production orders' models with their labels per
   *     language ("Zunge" for {@code tongue}), by production order id
   */
  public record Queue(
      String workCentre,
      @Nullable String next,
      List<QueuedOperation> operations,
      Map<String, ProductionOrderView> productionOrders,
      Map<String, List<dev.atelier.server.shared.PrintFileLink>> printFiles,
      Map<String, List<dev.atelier.server.printfile.PendingPrintFiles>> printFilesPending,
      Map<String, List<PrintAreaLabel>> printAreas) {}

  /** A print area's id and its label per language. */
  public record PrintAreaLabel(String area, Map<String, String> label) {}

  /**
   * Body of {@code POST /api/work-centres/{id}/exceptions}.
   *
   * @param date the day (ISO date)
   * @param minutes its capacity, 0 (closed) to 1440
   */
  public record CapacityRequest(
      String date,
      @NumberRange(min = 0, max = WorkCentreCalendar.MINUTES_PER_DAY) Integer minutes) {}

  /** Body of {@code POST /api/operations/{id}/start} and {@code /done}: an optional note. */
  public record NoteRequest(@Nullable String note) {}

  /** Body of {@code POST /api/production-orders/{id}/ship}. */
  public record ShipRequest(@Nullable String trackingNumber) {}

  /**
   * The answer to a staff action.
   *
   * @param operation the operation after it, or null for a shipment
   * @param productionOrderStatus the production order's status after it
   */
  public record Change(@Nullable QueuedOperation operation, String productionOrderStatus) {}

  /**
   * One operation of a promise.
   *
   * @param sequence its place in the routing
   * @param operation the routing operation id
   * @param workCentre where
   * @param minutes how long
   * @param firstDay planned start day
   * @param lastDay planned end day
   */
  public record PlannedDay(
      int sequence,
      String operation,
      String workCentre,
      long minutes,
      String firstDay,
      String lastDay) {}

  /**
   * {@code POST /api/designs/promise}: the earliest day production can end, given today's load.
   *
   * @param date that day (ISO date), or null when nothing fits the horizon
   * @param quantity the quantity quoted
   * @param reason why there is no date, or null
   * @param operations each operation's planned days
   * @param ships whether the product is goods ready to ship on that day; false for a service (every
   *     operation at a desk: the date is when the work is done, not a ship date)
   */
  public record PromiseView(
      @Nullable String date,
      long quantity,
      @Nullable String reason,
      List<PlannedDay> operations,
      boolean ships) {

    /** The JSON view of {@code promise}; {@code ships} as {@link ProductionPlanner#ships}. */
    public static PromiseView of(Promise promise, long quantity, boolean ships) {
      if (promise instanceof Promise.Dated d) {
        return new PromiseView(
            d.date().toString(),
            quantity,
            null,
            d.operations().stream()
                .map(
                    o ->
                        new PlannedDay(
                            o.operation().sequence(),
                            o.operation().id(),
                            o.operation().workCentre(),
                            o.operation().minutes(),
                            o.firstDay().toString(),
                            o.lastDay().toString()))
                .toList(),
            ships);
      }
      if (promise instanceof Promise.NoCapacity n) {
        return new PromiseView(
            null,
            quantity,
            "no capacity for '"
                + n.operation()
                + "' at "
                + n.workCentre()
                + " until "
                + n.horizonEnd(),
            List.of(),
            ships);
      }
      return new PromiseView(
          null,
          quantity,
          "work centre '" + ((Promise.UnknownWorkCentre) promise).workCentre() + "' is not set up",
          List.of(),
          ships);
    }
  }
}
