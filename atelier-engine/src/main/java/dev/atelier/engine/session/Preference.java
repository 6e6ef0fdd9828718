package dev.atelier.engine.session;

import dev.atelier.engine.model.Expr;
import java.util.Objects;

/**
 * A soft wish: {@code condition} should hold; {@code weight} is what missing it costs. Immutable
 * and thread-safe.
 *
 * @param condition the wish
 * @param weight its importance, at least 1
 */
public record Preference(Expr condition, int weight) {
  public Preference {
    Objects.requireNonNull(condition, "condition");
    if (weight < 1) {
      throw new IllegalArgumentException("preference weight must be at least 1, was " + weight);
    }
  }
}
