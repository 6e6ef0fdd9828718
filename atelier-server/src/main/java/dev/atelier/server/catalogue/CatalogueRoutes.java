package dev.atelier.server.catalogue;

import dev.atelier.server.catalogue.CatalogueJson.ProductDetail;
import dev.atelier.server.catalogue.CatalogueJson.ProductList;
import dev.atelier.server.catalogue.CatalogueJson.ProductSummary;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue routes: the product list, one product, one product version. Answers reflect the
 * catalogue at the time of the request (versions become available on their effective date).
 * Thread-safe.
 */
public final class CatalogueRoutes {

  private final Catalogue catalogue;

  /** Routes over {@code catalogue}. */
  public CatalogueRoutes(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

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
            this::version));
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
                + product
                + "' has no available version '"
                + version
                + "'; versions: "
                + family.get().versions(),
            "version"));
  }

  private Problem unknownProduct(String product) {
    return Problem.of(
        404,
        "unknown-product",
        "Unknown product",
        "no product '" + product + "'; products: " + catalogue.productIds(),
        "product");
  }
}
