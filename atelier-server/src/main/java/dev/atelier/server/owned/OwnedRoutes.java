package dev.atelier.server.owned;

import dev.atelier.engine.answer.Validation;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.owned.OwnedJson.AdjustRequest;
import dev.atelier.server.owned.OwnedJson.Adjustable;
import dev.atelier.server.owned.OwnedJson.Adjustment;
import dev.atelier.server.owned.OwnedJson.OwnedProduct;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The adaptive face: an owner re-adjusts the adaptive attributes of a product they bought, within
 * the solution space of the version they bought, without a new production order; every adjustment
 * is kept. Only the owner sees or adjusts it (anyone else gets 404). Thread-safe.
 */
public final class OwnedRoutes {

  private final Catalogue catalogue;
  private final OwnedStore store;
  private final Clock clock;

  /** Routes over orders in {@code jdbi} and product versions in {@code catalogue}. */
  public OwnedRoutes(Catalogue catalogue, Jdbi jdbi, Clock clock) {
    this.catalogue = catalogue;
    this.store = new OwnedStore(jdbi);
    this.clock = clock;
  }

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.get(
                "/api/owned/{order}",
                "getOwnedProduct",
                "A bought product as its owner has it: adaptive attributes, offered values, history",
                OwnedProduct.class,
                this::owned)
            .withAccess(Access.SIGNED_IN),
        Route.post(
                "/api/owned/{order}/adjust",
                "adjustOwnedProduct",
                "Re-adjust one adaptive attribute of a bought product (no new production order)",
                AdjustRequest.class,
                OwnedProduct.class,
                List.of(404, 409, 422),
                this::adjust)
            .withAccess(Access.SIGNED_IN));
  }

  private Outcome<OwnedProduct> owned(Context ctx) {
    return find(ctx).map(this::view);
  }

  private Outcome<OwnedProduct> adjust(Context ctx) {
    return find(ctx)
        .then(
            found ->
                JsonBodies.read(ctx.bodyAsBytes(), AdjustRequest.class)
                    .then(r -> adjust(found, r)));
  }

  private Outcome<OwnedProduct> adjust(Found found, AdjustRequest r) {
    if (r.attribute() == null) {
      return Outcome.rejected(Problem.badRequest("attribute", "'attribute' is required"));
    }
    if (r.value() == null) {
      return Outcome.rejected(Problem.badRequest("value", "'value' is required"));
    }
    Attribute a = found.version().model().attributesById().get(r.attribute());
    if (a == null || !found.version().definition().adaptive().contains(a.id())) {
      String detail =
          a == null
              ? "no attribute '" + r.attribute() + "'"
              : "'"
                  + a.id()
                  + "' is fixed once made; adaptive: "
                  + found.version().definition().adaptive();
      return Outcome.rejected(
          Problem.of(422, "not-adaptive", "Not adjustable", detail, "attribute"));
    }
    Optional<String> canonical = a.canonical(r.value());
    if (canonical.isEmpty()) {
      return Outcome.rejected(
          Problem.of(
              422,
              "unknown-value",
              "Unknown value",
              "'" + a.id() + "' has no value '" + r.value() + "'",
              "value"));
    }
    String value = canonical.get();
    Map<String, String> now = OwnedStore.current(found.bought(), store.history(found.order()));
    Map<String, String> next = new LinkedHashMap<>(now);
    next.put(a.id(), value);
    Validation v = found.version().compiled().validate(new Configuration(next));
    if (!v.valid()) {
      return Outcome.rejected(
          Problem.of(
                  409,
                  "outside-solution-space",
                  "Not possible with this product",
                  a.id()
                      + " = "
                      + value
                      + " breaks: "
                      + v.violations().stream().map(x -> x.label()).toList(),
                  "value")
              .about(a.id(), value));
    }
    if (!store.adjust(found.bought(), a.id(), now.get(a.id()), value, clock.instant())) {
      return Outcome.rejected(
          Problem.of(
              409,
              "adjusted-concurrently",
              "Adjusted meanwhile",
              "the product was adjusted at the same time; reload and try again",
              "attribute"));
    }
    return Outcome.ok(view(found));
  }

  private OwnedProduct view(Found found) {
    List<Adjustment> history = store.history(found.order());
    Map<String, String> now = OwnedStore.current(found.bought(), history);
    List<Adjustable> adaptive = new ArrayList<>();
    for (String id : found.version().definition().adaptive()) {
      Attribute a = Objects.requireNonNull(found.version().model().attributesById().get(id), id);
      List<String> offered = new ArrayList<>();
      for (String value : a.valueIds()) {
        Map<String, String> next = new LinkedHashMap<>(now);
        next.put(id, value);
        if (found.version().compiled().validate(new Configuration(next)).valid()) {
          offered.add(value);
        }
      }
      adaptive.add(new Adjustable(id, a.label().texts(), now.get(id), offered));
    }
    return new OwnedProduct(
        found.order(),
        found.version().product(),
        found.version().version(),
        now,
        adaptive,
        history);
  }

  private record Found(OwnedStore.Bought bought, ProductVersion version) {
    long order() {
      return bought.order();
    }
  }

  private Outcome<Found> find(Context ctx) {
    Principal who = Route.principal(ctx).orElseThrow();
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("order"));
    } catch (NumberFormatException e) {
      return Outcome.rejected(notFound(ctx.pathParam("order")));
    }
    var bought = store.bought(id).filter(b -> b.accountId() == who.accountId());
    if (bought.isEmpty()) {
      return Outcome.rejected(notFound(ctx.pathParam("order")));
    }
    return catalogue
        .find(bought.get().product(), bought.get().version())
        .<Outcome<Found>>map(pv -> Outcome.ok(new Found(bought.get(), pv)))
        .orElseGet(() -> Outcome.rejected(notFound(ctx.pathParam("order"))));
  }

  private static Problem notFound(String order) {
    return Problem.of(
        404, "unknown-order", "Unknown order", "you own no order " + Echo.of(order), "order");
  }
}
