package dev.atelier.engine.session;

import java.util.Objects;

/**
 * One change of a repair: {@code attribute: oldValue -> newValue}. A value is a value id or {@link
 * Decision#UNSET}; {@code oldValue} is empty when the attribute was not decided. Immutable and
 * thread-safe.
 *
 * @param attribute attribute id
 * @param oldValue the decided value before the repair, or "" when undecided
 * @param newValue the value after the repair
 */
public record RepairStep(String attribute, String oldValue, String newValue) {

  public RepairStep {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(oldValue, "oldValue");
    Objects.requireNonNull(newValue, "newValue");
  }

  @Override
  public String toString() {
    return attribute + ": " + (oldValue.isEmpty() ? "(open)" : oldValue) + " -> " + newValue;
  }
}
