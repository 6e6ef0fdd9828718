package dev.atelier.engine.session;

import java.util.Objects;

/**
 * A customer's decision: {@code attribute = value}, or {@code attribute} left unset ({@link
 * #UNSET}, only for optional attributes). Immutable and thread-safe.
 *
 * @param attribute attribute id
 * @param value value id, or {@link #UNSET}
 */
public record Decision(String attribute, String value) {

  /** The value of a decision that an optional attribute stays unset. */
  public static final String UNSET = "~";

  public Decision {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(value, "value");
  }

  /** Whether this decision leaves the attribute unset. */
  public boolean isUnset() {
    return UNSET.equals(value);
  }

  @Override
  public String toString() {
    return attribute + " = " + (isUnset() ? "(unset)" : value);
  }
}
