package dev.atelier.engine.session;

import dev.atelier.engine.model.Expr;
import java.util.List;

/**
 * What a customer told a needs dialogue, as the engine reads it: soft preferences (missing one
 * costs its weight), hard requirements, an optional budget for the total price, and how many
 * distinct designs to propose. Immutable and thread-safe.
 *
 * @param preferences soft wishes; the proposals miss as little total weight as possible
 * @param requirements conditions every proposal must satisfy
 * @param maxTotal the highest total price in minor units ({@link Long#MAX_VALUE}: no budget)
 * @param count how many designs to propose, 1 to 10
 * @param avoid conditions the designs avoid unless the decisions force them (values the model does
 *     not offer by default); weighed like one unit of preference weight, above every price
 */
public record Proposal(
    List<Preference> preferences,
    List<Expr> requirements,
    long maxTotal,
    int count,
    List<Expr> avoid) {

  /** Largest {@link #count()}. */
  public static final int MAX_COUNT = 10;

  public Proposal {
    preferences = List.copyOf(preferences);
    requirements = List.copyOf(requirements);
    avoid = List.copyOf(avoid);
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("count must be 1 to " + MAX_COUNT + ", was " + count);
    }
  }

  /** A proposal that avoids nothing by default. */
  public Proposal(List<Preference> preferences, List<Expr> requirements, long maxTotal, int count) {
    this(preferences, requirements, maxTotal, count, List.of());
  }

  /** The same proposal avoiding {@code conditions} unless the decisions force them. */
  public Proposal avoiding(List<Expr> conditions) {
    return new Proposal(preferences, requirements, maxTotal, count, conditions);
  }

  /** Whether a budget applies. */
  public boolean hasBudget() {
    return maxTotal != Long.MAX_VALUE;
  }
}
