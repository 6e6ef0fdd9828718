package dev.atelier.server.order;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A new order is validated and priced on a product version in effect when it is placed: one still
 * offered ({@link Catalogue#family}: effective and its offer not ended, normally the current one;
 * the studio may keep the previous one on offer until a date). A design of a version no longer
 * offered is refused, and a reorder is moved onto the current version first. Stateless and
 * thread-safe.
 */
final class CurrentVersion {

  private CurrentVersion() {}

  /**
   * A 409 problem naming {@code <field>.version} when {@code design} names a published version of
   * its product that is no longer offered; empty otherwise (unknown products and versions are left
   * to the design check).
   */
  static Optional<Problem> superseded(Catalogue catalogue, Design design, String field) {
    if (design.product() == null || design.version() == null) {
      return Optional.empty();
    }
    Optional<ProductVersion> current = catalogue.current(design.product());
    if (current.isEmpty()
        || offered(catalogue, design)
        || catalogue.find(design.product(), design.version()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.of(
            409,
            ProblemType.SUPERSEDED_VERSION,
            "The product has a newer version",
            "product '"
                + design.product()
                + "' is now offered in version '"
                + current.get().version()
                + "'; version '"
                + design.version()
                + "' is no longer offered: open the design again to move it to the new version and"
                + " check its price",
            field + ".version"));
  }

  /**
   * {@code design} on its product's current version, keeping every decision whose attribute and
   * value the current version still has; {@code design} itself when its version is still offered or
   * its product is unknown.
   */
  static Design moved(Catalogue catalogue, Design design) {
    Optional<ProductVersion> current = catalogue.current(design.product());
    if (current.isEmpty() || offered(catalogue, design)) {
      return design;
    }
    ProductModel model = current.get().model();
    List<Choice> kept = new ArrayList<>();
    for (Choice c : design.decisions()) {
      Optional<Attribute> a = model.attribute(c.attribute());
      if (a.isPresent() && (c.value() == null || stillValid(a.get(), c.value()))) {
        kept.add(c);
      }
    }
    return new Design(design.product(), current.get().version(), kept);
  }

  private static boolean offered(Catalogue catalogue, Design design) {
    return catalogue
        .family(design.product())
        .map(f -> f.versions().contains(design.version()))
        .orElse(false);
  }

  private static boolean stillValid(Attribute attribute, String value) {
    return "~".equals(value) ? attribute.optional() : attribute.canonical(value).isPresent();
  }
}
