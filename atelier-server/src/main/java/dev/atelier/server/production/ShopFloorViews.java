package dev.atelier.server.production;

import dev.atelier.server.http.Echo;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.printfile.PendingPrintFiles;
import dev.atelier.server.production.ProductionJson.DayLoad;
import dev.atelier.server.production.ProductionJson.OrderWork;
import dev.atelier.server.production.ProductionJson.PrintAreaLabel;
import dev.atelier.server.production.ProductionJson.ProductionOrderList;
import dev.atelier.server.production.ProductionJson.ProductionOrderView;
import dev.atelier.server.production.ProductionJson.Queue;
import dev.atelier.server.production.ProductionJson.WorkCentreList;
import dev.atelier.server.production.ProductionJson.WorkCentreView;
import dev.atelier.server.shared.DesignSummary;
import dev.atelier.server.shared.PrintFileLink;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the shop-floor routes show staff: work centres, queues and production orders, with each
 * design in its model's labels. Immutable and thread-safe.
 */
final class ShopFloorViews {

  /** The statuses of a production order. */
  private static final List<String> STATUSES = List.of("queued", "started", "done", "shipped");

  private final ProductionFloor floor;
  private final DesignSummary designs;

  ShopFloorViews(ProductionFloor floor, DesignSummary designs) {
    this.floor = floor;
    this.designs = designs;
  }

  /** The production orders in the status {@code ?status=} (default done: ready to ship). */
  Outcome<?> productionOrders(Context ctx) {
    String status = Optional.ofNullable(ctx.queryParam("status")).orElse("done");
    if (!STATUSES.contains(status)) {
      return Outcome.rejected(
          Problem.badRequest("status", "status must be one of " + String.join(", ", STATUSES)));
    }
    return Outcome.ok(
        new ProductionOrderList(
            floor.productionOrders(status).stream().map(this::labelled).toList()));
  }

  /** A customer order's production orders and where their operations stand. */
  Outcome<?> orderWork(Context ctx) {
    String orderId = ctx.pathParam("orderId").strip();
    OrderWork work = orderId.length() > 64 ? null : floor.orderWork(orderId);
    if (work == null || work.productionOrders().isEmpty()) {
      return Outcome.rejected(
          Problem.notFound("orderId", "no production orders for order '" + Echo.of(orderId) + "'"));
    }
    return Outcome.ok(
        new OrderWork(
            work.orderId(),
            work.productionOrders().stream().map(this::labelled).toList(),
            work.operations()));
  }

  /** Every work centre with its calendar, today's load and open work. */
  WorkCentreList workCentres() {
    Map<String, DayLoad> today = floor.loadToday();
    Map<String, long[]> open = floor.openWork();
    return new WorkCentreList(
        floor.workCentres().stream()
            .map(
                w -> {
                  Map<String, Integer> weekly = new LinkedHashMap<>();
                  w.calendar().weekly().forEach((d, m) -> weekly.put(d.name(), m));
                  Map<String, Integer> exceptions = new LinkedHashMap<>();
                  w.calendar().exceptions().forEach((d, m) -> exceptions.put(d.toString(), m));
                  long[] n = open.getOrDefault(w.id(), new long[2]);
                  return new WorkCentreView(
                      w.id(),
                      w.label(),
                      w.labels(),
                      weekly,
                      exceptions,
                      today.get(w.id()),
                      n[0],
                      n[1]);
                })
            .toList());
  }

  private ProductionOrderView labelled(ProductionOrderView view) {
    return view.labelled(
        designs.lines(view.product(), view.version(), view.configuration(), view.texts()),
        designs.printAreaLabels(view.product(), view.version()));
  }

  /** A work centre's open operations, with their production orders and print files. */
  Outcome<?> queue(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<List<QueuedOperation>> queue = floor.queue(id);
    if (queue.isEmpty()) {
      return Outcome.rejected(Problem.notFound("id", "no work centre '" + Echo.of(id) + "'"));
    }
    Set<String> orders =
        queue.get().stream().map(QueuedOperation::productionOrderId).collect(Collectors.toSet());
    Map<String, List<PendingPrintFiles>> pending = floor.pendingPrintFiles(orders);
    // An operation whose production order waits for its print files is blocked, not next.
    String next =
        queue.get().stream()
            .filter(o -> o.status().equals("queued") && o.ready())
            .filter(o -> !pending.containsKey(o.productionOrderId()))
            .map(QueuedOperation::id)
            .findFirst()
            .orElse(null);
    Map<String, ProductionOrderView> labelled = new LinkedHashMap<>();
    floor.productionOrders(orders).forEach((k, v) -> labelled.put(k, labelled(v)));
    Map<String, List<PrintFileLink>> files = floor.printFiles(orders);
    Map<String, List<PrintAreaLabel>> areas = new LinkedHashMap<>();
    labelled.forEach(
        (k, v) -> {
          if (files.containsKey(k) || pending.containsKey(k)) {
            areas.put(k, areaLabels(v));
          }
        });
    return Outcome.ok(new Queue(id, next, queue.get(), labelled, files, pending, areas));
  }

  private List<PrintAreaLabel> areaLabels(ProductionOrderView view) {
    List<PrintAreaLabel> labels = new ArrayList<>();
    view.printAreas().forEach((area, label) -> labels.add(new PrintAreaLabel(area, label)));
    return List.copyOf(labels);
  }
}
