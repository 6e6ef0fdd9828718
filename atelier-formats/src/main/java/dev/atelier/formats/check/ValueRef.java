package dev.atelier.formats.check;

import java.util.Objects;

/**
 * One value of one attribute; {@code value} is {@code "~"} for "unset". Immutable and thread-safe.
 *
 * @param attribute attribute id
 * @param value value id, or {@code "~"} for unset
 */
public record ValueRef(String attribute, String value) {

  public ValueRef {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return attribute + "=" + value;
  }
}
