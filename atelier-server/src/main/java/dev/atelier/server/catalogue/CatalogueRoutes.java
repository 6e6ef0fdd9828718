package dev.atelier.server.catalogue;

import dev.atelier.server.catalogue.CatalogueJson.ProductDetail;
import dev.atelier.server.catalogue.CatalogueJson.ProductList;
import dev.atelier.server.catalogue.CatalogueJson.ProductSummary;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue routes: the product list, one product, one product version. The answers are
 * computed once (the catalogue is immutable). Immutable and thread-safe.
 */
public final class CatalogueRoutes {

  private final Catalogue catalogue;
  private final ProductList list;
  private final Map<String, ProductSummary> summaries = new LinkedHashMap<>();
  private final Map<String, ProductDetail> details = new LinkedHashMap<>();

  /** Routes over {@code catalogue}. */
  public CatalogueRoutes(Catalogue catalogue) {
    this.catalogue = catalogue;
    for (String id : catalogue.productIds()) {
      List<ProductVersion> versions = catalogue.versions(id);
      summaries.put(id, CatalogueViews.summary(versions));
      for (ProductVersion v : versions) {
        details.put(id + "\n" + v.version(), CatalogueViews.detail(v));
      }
    }
    this.list = new ProductList(List.copyOf(summaries.values()));
  }

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.get(
            "/api/products",
            "listProducts",
            "The products, their versions and labels",
            ProductList.class,
            ctx -> Outcome.ok(list)),
        Route.get(
            "/api/products/{product}",
            "getProduct",
            "One product and its versions",
            ProductSummary.class,
            this::product),
        Route.get(
            "/api/products/{product}/versions/{version}",
            "getProductVersion",
            "One product version: attributes, values, prices, rules, presentation layers",
            ProductDetail.class,
            this::version));
  }

  private Outcome<ProductSummary> product(Context ctx) {
    String product = ctx.pathParam("product");
    ProductSummary summary = summaries.get(product);
    return summary == null ? Outcome.rejected(unknownProduct(product)) : Outcome.ok(summary);
  }

  private Outcome<ProductDetail> version(Context ctx) {
    String product = ctx.pathParam("product");
    String version = ctx.pathParam("version");
    if (!summaries.containsKey(product)) {
      return Outcome.rejected(unknownProduct(product));
    }
    ProductDetail detail = details.get(product + "\n" + version);
    if (detail == null) {
      return Outcome.rejected(
          Problem.of(
              404,
              "unknown-version",
              "Unknown product version",
              "product '"
                  + product
                  + "' has no version '"
                  + version
                  + "'; versions: "
                  + summaries.get(product).versions(),
              "version"));
    }
    return Outcome.ok(detail);
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
