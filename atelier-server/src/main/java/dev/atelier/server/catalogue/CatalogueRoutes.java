package dev.atelier.server.catalogue;

import dev.atelier.engine.compile.ValueCounts;
import dev.atelier.engine.result.Deadline;
import dev.atelier.server.catalogue.CatalogueJson.ProductDetail;
import dev.atelier.server.catalogue.CatalogueJson.ProductList;
import dev.atelier.server.catalogue.CatalogueJson.ProductSummary;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue routes: the product list, one product, one product version. Answers reflect the
 * catalogue at the time of the request (versions become available on their effective date).
 * Thread-safe. Routes over {@code catalogue}.
 */
public record CatalogueRoutes(Catalogue catalogue) {

  /** How long a counts request waits for the compiled form, then may take counting. */
  static final long WAIT_MILLIS = 1_000;

  static final long COUNT_MILLIS = 5_000;

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.get(
            "/api/products",
            "listProducts",
            "The products, their available versions (which one is current) and labels",
            ProductList.class,
            ctx -> Outcome.ok(list())),
        Route.get(
            "/api/products/{product}",
            "getProduct",
            "One product and its available versions",
            ProductSummary.class,
            this::product),
        Route.get(
            "/api/products/{product}/versions/{version}",
            "getProductVersion",
            "One product version: attributes, values, prices, rules, presentation layers",
            ProductDetail.class,
            this::version),
        new Route(
                HandlerType.GET,
                "/api/products/{product}/versions/{version}/counts",
                "getProductVersionCounts",
                "Exact number of valid configurations and per-value counts, from the compiled"
                    + " model (202 with status compiling until it is ready; 422 too-large when the"
                    + " model does not compile within the engine's budget)",
                null,
                VersionCounts.class,
                List.of(404, 422),
                Access.PUBLIC,
                this::counts)
            .withSuccess(200, 202));
  }

  private Outcome<VersionCounts> counts(Context ctx) {
    Outcome<ProductDetail> known = version(ctx);
    if (known instanceof Outcome.Rejected<ProductDetail> rejected) {
      return Outcome.rejected(rejected.problem());
    }
    ProductVersion v =
        catalogue.find(ctx.pathParam("product"), ctx.pathParam("version")).orElseThrow();
    ValueCounts.Answer answer =
        ValueCounts.of(
            v.compiled(), Deadline.inMillis(WAIT_MILLIS), Deadline.inMillis(COUNT_MILLIS));
    if (answer instanceof ValueCounts.Counted c) {
      return Outcome.ok(VersionCounts.counted(v, c));
    }
    if (answer instanceof ValueCounts.Unavailable u) {
      return Outcome.rejected(
          Problem.of(422, "too-large", "Not countable", u.failure().message(), "version"));
    }
    return new Outcome.Ok<>(VersionCounts.compiling(v), 202);
  }

  private ProductList list() {
    List<ProductSummary> summaries = new ArrayList<>();
    for (ProductFamily f : catalogue.families()) {
      summary(f).ifPresent(summaries::add);
    }
    return new ProductList(summaries);
  }

  private Optional<ProductSummary> summary(ProductFamily family) {
    return catalogue
        .find(family.id(), family.current())
        .map(current -> CatalogueViews.summary(family, current));
  }

  private Outcome<ProductSummary> product(Context ctx) {
    String product = ctx.pathParam("product");
    Optional<ProductSummary> summary = catalogue.family(product).flatMap(this::summary);
    return summary.isEmpty()
        ? Outcome.rejected(unknownProduct(product))
        : Outcome.ok(summary.get());
  }

  private Outcome<ProductDetail> version(Context ctx) {
    String product = ctx.pathParam("product");
    String version = ctx.pathParam("version");
    Optional<ProductVersion> found = catalogue.find(product, version);
    if (found.isPresent()) {
      return Outcome.ok(CatalogueViews.detail(found.get()));
    }
    Optional<ProductFamily> family = catalogue.family(product);
    if (family.isEmpty()) {
      return Outcome.rejected(unknownProduct(product));
    }
    return Outcome.rejected(
        Problem.of(
            404,
            "unknown-version",
            "Unknown product version",
            "product '"
                + Echo.of(product)
                + "' has no available version '"
                + Echo.of(version)
                + "'; versions: "
                + family.get().versions(),
            "version"));
  }

  private Problem unknownProduct(String product) {
    return Problem.of(
        404,
        "unknown-product",
        "Unknown product",
        "no product '" + Echo.of(product) + "'; products: " + catalogue.productIds(),
        "product");
  }
}
