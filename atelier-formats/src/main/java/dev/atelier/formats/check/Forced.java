package dev.atelier.formats.check;

import java.util.Objects;

/**
 * Something every valid configuration has in common. Immutable and thread-safe.
 *
 * @param attribute attribute id
 * @param kind what is forced
 * @param value the forced value id ({@code "~"} for {@link Kind#UNSET}, empty for {@link Kind#SET})
 */
public record Forced(String attribute, Kind kind, String value) {

  /** What is forced. */
  public enum Kind {
    /** The attribute always has this one value. */
    VALUE,
    /** The (optional) attribute is always unset. */
    UNSET,
    /** The optional attribute is never unset, though several values remain. */
    SET
  }

  public Forced {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return switch (kind) {
      case VALUE -> attribute + " is always " + value;
      case UNSET -> attribute + " is always unset";
      case SET -> attribute + " is optional but never unset";
    };
  }
}
