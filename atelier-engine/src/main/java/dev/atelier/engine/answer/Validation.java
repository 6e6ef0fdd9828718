package dev.atelier.engine.answer;

import java.util.List;

/**
 * Whether a configuration is complete and valid, and if not which rules it violates. Immutable and
 * thread-safe.
 *
 * @param violations violated rules (for a missing or unknown value: the "domain:ATTRIBUTE" rule);
 *     empty when valid
 */
public record Validation(List<RuleRef> violations) {

  public Validation {
    violations = List.copyOf(violations);
  }

  /** Whether the configuration is valid. */
  public boolean valid() {
    return violations.isEmpty();
  }
}
