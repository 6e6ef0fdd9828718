package dev.atelier.engine.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The valid domain of one attribute under the current decisions: exactly the values that still
 * extend to a complete valid configuration. Immutable and thread-safe.
 *
 * @param attribute attribute id
 * @param offered values that extend to a complete valid configuration, in model order
 * @param refused the attribute's other values, in model order
 * @param unsetPossible whether leaving the attribute unset still extends (optional attributes)
 * @param decided the value the customer decided, if any ({@link Decision#UNSET} for "unset")
 */
public record AttributeDomain(
    String attribute,
    List<String> offered,
    List<String> refused,
    boolean unsetPossible,
    Optional<String> decided) {

  public AttributeDomain {
    Objects.requireNonNull(attribute, "attribute");
    offered = List.copyOf(offered);
    refused = List.copyOf(refused);
    Objects.requireNonNull(decided, "decided");
  }

  /** Whether {@code value} is offered. */
  public boolean offers(String value) {
    return Decision.UNSET.equals(value) ? unsetPossible : offered.contains(value);
  }

  /** For an integer attribute: the smallest and largest offered value, if any is offered. */
  public Optional<long[]> feasibleRange() {
    try {
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (String v : offered) {
        long n = Long.parseLong(v);
        min = Math.min(min, n);
        max = Math.max(max, n);
      }
      return offered.isEmpty() ? Optional.empty() : Optional.of(new long[] {min, max});
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
