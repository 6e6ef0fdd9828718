package dev.atelier.engine.model;

import java.util.Objects;

/**
 * One labelled value of an enumerated attribute, with the price it adds when selected (in minor
 * currency units, may be negative for a discount). Immutable and thread-safe.
 *
 * @param id stable identifier used in rules and decisions
 * @param label what the customer reads
 * @param price price added when this value is selected, in minor units (cents)
 */
public record Value(String id, LocalizedText label, long price) {

  public Value {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }

  /** A value labelled with its id and without a price. */
  public static Value of(String id) {
    return new Value(id, LocalizedText.of(id), 0);
  }

  /** A value labelled with its id that adds {@code price} minor units. */
  public static Value of(String id, long price) {
    return new Value(id, LocalizedText.of(id), price);
  }
}
