package dev.atelier.engine.session;

import dev.atelier.engine.model.Expr;
import java.util.List;

/**
 * What {@code complete} optimizes. Immutable and thread-safe.
 *
 * @param preferences soft preferences; empty means "cheapest total price"
 * @param avoid conditions a completion avoids unless the decisions force them (values the model
 *     does not offer by default, such as "no saddle"): each holding condition outweighs every price
 *     difference, so the cheapest completion is the cheapest one that avoids as many as it can
 */
public record Objective(List<Preference> preferences, List<Expr> avoid) {

  public Objective {
    preferences = List.copyOf(preferences);
    avoid = List.copyOf(avoid);
  }

  /** An objective without conditions to avoid. */
  public Objective(List<Preference> preferences) {
    this(preferences, List.of());
  }

  /** The cheapest complete configuration. */
  public static Objective cheapest() {
    return new Objective(List.of());
  }

  /**
   * The cheapest complete configuration among those holding the fewest of {@code avoid} (the
   * decisions may force some).
   */
  public static Objective cheapestAvoiding(List<Expr> avoid) {
    return new Objective(List.of(), avoid);
  }

  /** The configuration that misses the least total preference weight. */
  public static Objective preferred(List<Preference> preferences) {
    if (preferences.isEmpty()) {
      throw new IllegalArgumentException("'preferred' needs at least one preference");
    }
    return new Objective(preferences);
  }

  /** Whether this is "cheapest". */
  public boolean isCheapest() {
    return preferences.isEmpty();
  }

  /** The same objective avoiding {@code conditions} as well. */
  public Objective avoiding(List<Expr> conditions) {
    return new Objective(preferences, conditions);
  }
}
