package dev.atelier.engine.session;

import java.util.List;

/**
 * What {@code complete} optimizes. Immutable and thread-safe.
 *
 * @param preferences soft preferences; empty means "cheapest total price"
 */
public record Objective(List<Preference> preferences) {

  public Objective {
    preferences = List.copyOf(preferences);
  }

  /** The cheapest complete configuration. */
  public static Objective cheapest() {
    return new Objective(List.of());
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
}
