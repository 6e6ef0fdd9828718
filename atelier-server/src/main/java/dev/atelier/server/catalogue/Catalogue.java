package dev.atelier.server.catalogue;

import dev.atelier.engine.result.Deadline;
import java.util.List;
import java.util.Optional;

/**
 * The products the server offers, each in one or more published versions. A version is available
 * once its effective-from instant has passed; the <em>current</em> version of a product is the
 * available one that became effective last. Designs name their version and keep working on it
 * (pinned) after newer versions appear. Implementations are thread-safe.
 */
public interface Catalogue {

  /** The products with at least one available version, in catalogue order. */
  List<ProductFamily> families();

  /** {@code product} and its available versions, if it has any. */
  Optional<ProductFamily> family(String product);

  /** {@code product} in {@code version}, compiled, if that version is available. */
  Optional<ProductVersion> find(String product, String version);

  /** Product ids, in catalogue order. */
  default List<String> productIds() {
    return families().stream().map(ProductFamily::id).toList();
  }

  /** The current version of {@code product}, compiled, if it has one. */
  default Optional<ProductVersion> current(String product) {
    return family(product).flatMap(f -> find(product, f.current()));
  }

  /**
   * The demo catalogue in memory (no database): every model of {@code Demos.NAMES}, compiled, each
   * effective since the epoch. A demo that does not load or compile is a build defect: this throws
   * {@link IllegalStateException} naming it.
   */
  static Catalogue demos(Deadline deadline) {
    return FixedCatalogue.demos(deadline);
  }
}
