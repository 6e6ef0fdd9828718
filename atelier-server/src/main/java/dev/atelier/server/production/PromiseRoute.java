package dev.atelier.server.production;

import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.UntickedAsNo;
import dev.atelier.engine.session.Decision;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.design.DesignResolver;
import dev.atelier.server.design.Quantities;
import dev.atelier.server.design.ResolvedDesign;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.NumberRange;
import dev.atelier.server.http.NumberRanges;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.order.OrderJson.OrderRequest;
import dev.atelier.server.production.ProductionJson.PromiseView;
import dev.atelier.server.shared.Design;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/designs/promise[?quantity=N]}: the delivery promise for a complete design, shown
 * in the toolkit before ordering. A quote from the current load; nothing is reserved. Immutable and
 * thread-safe.
 */
public final class PromiseRoute {

  /** The quantity a quote takes: the one declared for orders. */
  private static final NumberRange QUANTITY = NumberRanges.of(OrderRequest.class, "quantity");

  private final DesignResolver resolver;
  private final ProductionPlanner planner;

  /** The route over {@code catalogue}, quoting with {@code planner}. */
  public PromiseRoute(Catalogue catalogue, ProductionPlanner planner) {
    this.resolver = new DesignResolver(catalogue);
    this.planner = planner;
  }

  /** The route. */
  public Route route() {
    return Route.post(
        "/api/designs/promise",
        "designPromise",
        "Earliest day a complete design (quantity query parameter, default 1) can be made",
        Design.class,
        PromiseView.class,
        List.of(409, 422),
        this::promise);
  }

  private Outcome<?> promise(Context ctx) {
    Outcome<Long> quantity =
        NumberRanges.query(QUANTITY, ctx.queryParam("quantity"), 1, "quantity");
    return quantity.then(
        q ->
            JsonBodies.read(ctx.bodyAsBytes(), Design.class)
                .then(d -> resolver.resolve(d, ""))
                .then(d -> quote(d, q)));
  }

  private Outcome<PromiseView> quote(ResolvedDesign design, long quantity) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Decision d : design.decisions()) {
      if (!Decision.UNSET.equals(d.value())) {
        values.put(d.attribute(), d.value());
      }
    }
    // An unticked extra is a no, as for the price and the order (the pizza had no date at all).
    Configuration configuration =
        UntickedAsNo.apply(design.product().model(), new Configuration(values));
    if (!design.product().compiled().validate(configuration).valid()) {
      return Outcome.rejected(
          Problem.of(
              409,
              "incomplete-design",
              "The design is not a complete, valid product",
              "decide every attribute (or complete the design) before asking for a date",
              "decisions"));
    }
    Optional<Problem> tooMany =
        Quantities.ofProduct(design.product().definition(), quantity, "quantity");
    if (tooMany.isPresent()) {
      return Outcome.rejected(tooMany.get());
    }
    LocalDate today = LocalDate.now(planner.clock());
    return Outcome.ok(
        PromiseView.of(
            planner.promise(design.product().definition(), configuration, quantity, today),
            quantity,
            planner.ships(design.product().definition(), configuration)));
  }
}
