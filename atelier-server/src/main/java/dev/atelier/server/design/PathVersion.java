package dev.atelier.server.design;

import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import io.javalin.http.Context;
import java.util.function.Function;

/** The product version named by a route's {product} and {version} path parameters. Stateless. */
final class PathVersion {

  private PathVersion() {}

  /** {@code answer} of the version the path names, or 404 naming {@code version}. */
  static <T> Outcome<T> answer(
      Catalogue catalogue, Context ctx, Function<ProductVersion, Outcome<T>> answer) {
    String product = ctx.pathParam("product");
    String version = ctx.pathParam("version");
    return catalogue
        .find(product, version)
        .map(answer)
        .orElseGet(
            () ->
                Outcome.rejected(
                    Problem.of(
                        404,
                        "unknown-version",
                        "Unknown product version",
                        "no product '"
                            + Echo.of(product)
                            + "' with version '"
                            + Echo.of(version)
                            + "'",
                        "version")));
  }
}
