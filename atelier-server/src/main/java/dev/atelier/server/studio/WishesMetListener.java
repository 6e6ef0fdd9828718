package dev.atelier.server.studio;

import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.studio.ImpactJson.ValueKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Told when a version is published: the values it adds to the version current before it and when it
 * becomes effective; the feedback loop marks the open wishes those values meet (matched by {@link
 * WishMatch}) as met once the version is effective, and tells their customers. Implementations are
 * thread-safe.
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
   * @param effectiveFrom when it becomes effective (now or later)
   */
  record Publication(ProductDefinition definition, List<ValueKey> added, Instant effectiveFrom) {
    public Publication {
      Objects.requireNonNull(definition, "definition");
      Objects.requireNonNull(effectiveFrom, "effectiveFrom");
      added = List.copyOf(added);
    }
  }

  /** {@code publication} was published. */
  void published(Publication publication);
}
