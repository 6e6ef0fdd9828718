package dev.atelier.server.production;

import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.NumberRange;
import dev.atelier.server.http.NumberRanges;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import dev.atelier.server.http.Route;
import dev.atelier.server.http.TextFields;
import dev.atelier.server.production.ProductionJson.CapacityRequest;
import dev.atelier.server.production.ProductionJson.Change;
import dev.atelier.server.production.ProductionJson.NoteRequest;
import dev.atelier.server.production.ProductionJson.OrderWork;
import dev.atelier.server.production.ProductionJson.ProductionOrderList;
import dev.atelier.server.production.ProductionJson.Queue;
import dev.atelier.server.production.ProductionJson.ShipRequest;
import dev.atelier.server.production.ProductionJson.WorkCentreList;
import dev.atelier.server.production.ProductionJson.WorkCentreView;
import dev.atelier.server.shared.DesignSummary;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shop-floor routes: work centres, their queues, starting and finishing operations, shipping.
 * Every route is for staff ({@link Access#STAFF}, checked by the server), except calendar changes
 * ({@link Access#ADMIN}). Immutable and thread-safe.
 */
public final class ProductionRoutes {

  /** Longest scrap/rework note or tracking number. */
  static final int MAX_NOTE = 2_000;

  /**
   * How far from today a capacity exception may lie: a day such as +999999999-12-31 was kept (on
   * PostgreSQL as 'infinity'), and planning looks nowhere near as far.
   */
  static final Period EXCEPTION_HORIZON = Period.ofYears(10);

  private static final NumberRange MINUTES = NumberRanges.of(CapacityRequest.class, "minutes");

  private final ProductionFloor floor;
  private final ShopFloorViews views;

  /** Routes on {@code floor}; designs are shown in the labels of {@code catalogue}'s models. */
  public ProductionRoutes(ProductionFloor floor, Catalogue catalogue) {
    this.floor = floor;
    this.views = new ShopFloorViews(floor, new DesignSummary(catalogue));
  }

  /** The route table. */
  public List<Route> routes() {
    List<Integer> action = List.of(404, 409);
    List<Route> routes =
        Stream.of(
                Route.get(
                    "/api/work-centres",
                    "workCentres",
                    "Work centres with their calendars (staff)",
                    WorkCentreList.class,
                    ctx -> Outcome.ok(views.workCentres())),
                Route.get(
                    "/api/work-centres/{id}/queue",
                    "workCentreQueue",
                    "A work centre's open operations: started first, then queued by plan (staff)",
                    Queue.class,
                    views::queue),
                Route.post(
                    "/api/operations/{id}/start",
                    "operationStart",
                    "Start an operation (its earlier operations must be done), optionally with a note",
                    NoteRequest.class,
                    Change.class,
                    action,
                    c -> note(c).then(n -> answer(floor.start(c.pathParam("id"), orNull(n))))),
                Route.post(
                    "/api/operations/{id}/done",
                    "operationDone",
                    "Finish a started operation, optionally with a scrap or rework note",
                    NoteRequest.class,
                    Change.class,
                    action,
                    c -> note(c).then(n -> answer(floor.done(c.pathParam("id"), orNull(n))))),
                new Route(
                    HandlerType.GET,
                    "/api/production-orders",
                    "productionOrders",
                    "Production orders in one status (?status=, default done: ready to ship)",
                    null,
                    ProductionOrderList.class,
                    List.of(400),
                    Access.STAFF,
                    views::productionOrders),
                Route.get(
                    "/api/production-orders/by-order/{orderId}",
                    "productionOrdersOfOrder",
                    "A customer order's production orders and where their operations stand (staff)",
                    OrderWork.class,
                    views::orderWork),
                Route.post(
                    "/api/production-orders/{id}/ship",
                    "productionOrderShip",
                    "Ship a finished production order (order.shipped once all of the order shipped)",
                    ShipRequest.class,
                    Change.class,
                    action,
                    this::ship))
            .map(r -> r.withAccess(Access.STAFF))
            .collect(Collectors.toCollection(ArrayList::new));
    routes.add(
        Route.post(
                "/api/work-centres/{id}/exceptions",
                "workCentreException",
                "Set a work centre's capacity on one day: a holiday (0) or an extra shift (admin)",
                CapacityRequest.class,
                WorkCentreView.class,
                action,
                this::setCapacity)
            .withAccess(Access.ADMIN));
    return List.copyOf(routes);
  }

  private Outcome<?> setCapacity(Context ctx) {
    Outcome<CapacityRequest> read = JsonBodies.read(ctx.bodyAsBytes(), CapacityRequest.class);
    if (read instanceof Outcome.Rejected<CapacityRequest> rejected) {
      return rejected;
    }
    CapacityRequest r = ((Outcome.Ok<CapacityRequest>) read).value();
    if (r.date() == null || r.minutes() == null) {
      return Outcome.rejected(
          Problem.badRequest(
              r.date() == null ? "date" : "minutes", "'date' and 'minutes' are required"));
    }
    LocalDate day;
    try {
      day = LocalDate.parse(r.date());
    } catch (DateTimeParseException e) {
      return Outcome.rejected(Problem.badRequest("date", "'date' is not an ISO date"));
    }
    LocalDate today = floor.today();
    if (day.isBefore(today.minus(EXCEPTION_HORIZON))
        || day.isAfter(today.plus(EXCEPTION_HORIZON))) {
      return Outcome.rejected(
          Problem.of(
              422,
              ProblemType.OUT_OF_RANGE,
              "Date too far away",
              "'date' must lie within "
                  + EXCEPTION_HORIZON.getYears()
                  + " years of today ("
                  + today
                  + "), got "
                  + day,
              "date"));
    }
    Optional<Problem> minutes = NumberRanges.problem(MINUTES, r.minutes(), "minutes");
    if (minutes.isPresent()) {
      return Outcome.rejected(minutes.get());
    }
    String id = ctx.pathParam("id");
    FloorResult result = floor.setCapacity(id, day, r.minutes());
    if (!(result instanceof FloorResult.Changed)) {
      return answer(result);
    }
    return Outcome.ok(
        views.workCentres().workCentres().stream()
            .filter(w -> w.id().equals(id))
            .findFirst()
            .orElseThrow());
  }

  private Outcome<?> ship(Context ctx) {
    return JsonBodies.read(ctx.bodyAsBytes(), ShipRequest.class)
        .then(r -> limited(r.trackingNumber(), "trackingNumber"))
        .then(t -> answer(floor.ship(ctx.pathParam("id"), orNull(t))));
  }

  private static Outcome<String> note(Context ctx) {
    return JsonBodies.read(ctx.bodyAsBytes(), NoteRequest.class)
        .then(r -> limited(r.note(), "note"));
  }

  private static @Nullable String orNull(String text) {
    return text.isBlank() ? null : text;
  }

  /** {@code text} within the limit, null as "" (an outcome carries no null). */
  private static Outcome<String> limited(@Nullable String text, String field) {
    if (text != null && text.length() > MAX_NOTE) {
      return Outcome.rejected(
          Problem.badRequest(field, "'" + field + "' is longer than " + MAX_NOTE + " characters"));
    }
    Optional<Problem> unreadable =
        text == null ? Optional.empty() : TextFields.plain(text, field, true);
    if (unreadable.isPresent()) {
      return Outcome.rejected(unreadable.get());
    }
    return Outcome.ok(text == null ? "" : text);
  }

  private static Outcome<?> answer(FloorResult result) {
    if (result instanceof FloorResult.Changed c) {
      return Outcome.ok(new Change(c.operation(), c.status()));
    }
    if (result instanceof FloorResult.Conflict c) {
      return Outcome.rejected(
          Problem.of(409, "state-conflict", "Not possible now", c.reason(), "id"));
    }
    return Outcome.rejected(Problem.notFound("id", "no such operation or production order"));
  }
}
