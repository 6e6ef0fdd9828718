package dev.atelier.server.analytics;

import dev.atelier.server.analytics.AnalyticsJson.Demand;
import dev.atelier.server.analytics.AnalyticsJson.Funnel;
import dev.atelier.server.analytics.AnalyticsJson.Heterogeneity;
import dev.atelier.server.analytics.AnalyticsJson.ModuleDemand;
import dev.atelier.server.analytics.AnalyticsJson.OrderFigures;
import dev.atelier.server.analytics.AnalyticsJson.Repairs;
import dev.atelier.server.analytics.AnalyticsJson.Rules;
import dev.atelier.server.analytics.AnalyticsJson.Suggestions;
import dev.atelier.server.analytics.AnalyticsJson.Wishes;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.CsvBody;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The analytics routes for product managers: {@code GET /api/analytics/{product}/{version}/FIGURE}
 * answers a figure as JSON and {@code .../FIGURE.csv} as CSV, for the figures demand, modules,
 * rules, repairs, funnel (design sessions), orders (the stored orders: placed, units, revenue),
 * wishes, heterogeneity and suggestions ({@code ?minSessions=&minCount=}). Immutable and
 * thread-safe. Routes over {@code catalogue}'s products, computed by {@code analytics} and {@code
 * orders}.
 */
public record AnalyticsRoutes(Catalogue catalogue, Analytics analytics, PlacedOrders orders) {

  /** Prune values only once this many sessions started, unless asked otherwise. */
  public static final int DEFAULT_MIN_SESSIONS = 100;

  /** Suggest adding what was wished or refused this many times, unless asked otherwise. */
  public static final int DEFAULT_MIN_COUNT = 5;

  private static final String BASE = "/api/analytics/{product}/{version}/";

  private record Figure<T>(
      String name,
      String summary,
      Class<T> type,
      BiFunction<ProductVersion, Context, Outcome<T>> compute,
      Function<T, String> csv) {}

  /** The route table. */
  public List<Route> routes() {
    List<Figure<?>> figures =
        List.of(
            new Figure<>(
                "demand",
                "Demand per value: share of decisions and of orders",
                Demand.class,
                (pv, ctx) -> Outcome.ok(analytics.demand(pv)),
                AnalyticsCsv::demand),
            new Figure<>(
                "modules",
                "Demand per module attribute over all instances of its slot",
                ModuleDemand.class,
                (pv, ctx) -> Outcome.ok(analytics.modules(pv)),
                AnalyticsCsv::modules),
            new Figure<>(
                "rules",
                "Rules by how many refusals they caused",
                Rules.class,
                (pv, ctx) -> Outcome.ok(analytics.rules(pv)),
                AnalyticsCsv::rules),
            new Figure<>(
                "repairs",
                "Repairs shown, accepted and rejected per wanted value",
                Repairs.class,
                (pv, ctx) -> Outcome.ok(analytics.repairs(pv)),
                AnalyticsCsv::repairs),
            new Figure<>(
                "funnel",
                "Design sessions that started, decided, completed, ordered and were abandoned",
                Funnel.class,
                (pv, ctx) -> Outcome.ok(analytics.funnel(pv)),
                AnalyticsCsv::funnel),
            new Figure<>(
                "orders",
                "Orders placed, units and revenue per currency, from the stored orders",
                OrderFigures.class,
                (pv, ctx) -> Outcome.ok(orders.of(pv.product(), pv.version())),
                AnalyticsCsv::orders),
            new Figure<>(
                "wishes",
                "Unmet wishes per department",
                Wishes.class,
                (pv, ctx) -> Outcome.ok(analytics.wishes(pv)),
                AnalyticsCsv::wishes),
            new Figure<>(
                "heterogeneity",
                "Entropy of the decided values per attribute",
                Heterogeneity.class,
                (pv, ctx) -> Outcome.ok(analytics.heterogeneity(pv)),
                AnalyticsCsv::heterogeneity),
            new Figure<>(
                "suggestions",
                "Values to add (wished or refused often) and to prune (never chosen)",
                Suggestions.class,
                this::suggestions,
                AnalyticsCsv::suggestions));
    List<Route> routes = new ArrayList<>();
    for (Figure<?> f : figures) {
      routes.add(json(f));
      routes.add(csv(f));
    }
    return routes;
  }

  private <T> Route json(Figure<T> f) {
    return Route.get(
            BASE + f.name(),
            "analytics" + capitalised(f.name()),
            f.summary(),
            f.type(),
            ctx -> product(ctx).then(pv -> f.compute().apply(pv, ctx)))
        .withAccess(Access.PRODUCT_MANAGER);
  }

  private <T> Route csv(Figure<T> f) {
    return Route.get(
            BASE + f.name() + ".csv",
            "analytics" + capitalised(f.name()) + "Csv",
            f.summary() + " (CSV)",
            CsvBody.class,
            ctx -> product(ctx).then(pv -> f.compute().apply(pv, ctx).map(x -> body(pv, f, x))))
        .withAccess(Access.PRODUCT_MANAGER);
  }

  private static <T> CsvBody body(ProductVersion pv, Figure<T> f, T figure) {
    return new CsvBody(
        pv.product() + "-" + pv.version() + "-" + f.name() + ".csv", f.csv().apply(figure));
  }

  private Outcome<ProductVersion> product(Context ctx) {
    String product = ctx.pathParam("product");
    String version = ctx.pathParam("version");
    return catalogue
        .find(product, version)
        .<Outcome<ProductVersion>>map(Outcome::ok)
        .orElseGet(
            () ->
                Outcome.rejected(
                    Problem.notFound(
                        catalogue.family(product).isEmpty() ? "product" : "version",
                        "no product '"
                            + Echo.of(product)
                            + "' in version '"
                            + Echo.of(version)
                            + "'")));
  }

  private Outcome<Suggestions> suggestions(ProductVersion pv, Context ctx) {
    return count(ctx, "minSessions", DEFAULT_MIN_SESSIONS)
        .then(
            sessions ->
                count(ctx, "minCount", DEFAULT_MIN_COUNT)
                    .map(n -> analytics.suggestions(pv, sessions, n)));
  }

  private static Outcome<Integer> count(Context ctx, String name, int fallback) {
    String raw = ctx.queryParam(name);
    if (raw == null) {
      return Outcome.ok(fallback);
    }
    try {
      int n = Integer.parseInt(raw);
      if (n >= 1) {
        return Outcome.ok(n);
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    return Outcome.rejected(
        Problem.badRequest(name, "'" + name + "' must be a positive integer, got '" + raw + "'"));
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
