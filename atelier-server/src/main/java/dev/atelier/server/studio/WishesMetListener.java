package dev.atelier.server.studio;

import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.studio.ImpactJson.ValueKey;
import dev.atelier.server.studio.ImpactJson.WishMet;
import java.util.List;
import java.util.Objects;

/**
 * Told when a version is published: the values it adds to the version current before it and the
 * open wishes they meet (the impact's "wishes met"); the feedback loop marks them met and tells
 * their customers. Implementations are thread-safe.
 */
@FunctionalInterface
public interface WishesMetListener {

  /** Does nothing. */
  WishesMetListener NONE = p -> {};

  /**
   * A publication. Immutable and thread-safe.
   *
   * @param definition the published version
   * @param added the values it has and the version current before it lacked
   * @param met the open wishes those values meet
   */
  record Publication(ProductDefinition definition, List<ValueKey> added, List<WishMet> met) {
    public Publication {
      Objects.requireNonNull(definition, "definition");
      added = List.copyOf(added);
      met = List.copyOf(met);
    }
  }

  /** {@code publication} was published. */
  void published(Publication publication);
}
