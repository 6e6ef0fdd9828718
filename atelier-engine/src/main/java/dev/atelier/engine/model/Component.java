package dev.atelier.engine.model;

import java.util.Objects;

/**
 * A standard component that goes into the product when {@code condition} holds, with its own part
 * number and price. Immutable and thread-safe.
 *
 * @param partNumber the manufacturer's part number
 * @param label what the customer reads
 * @param unitPrice price per piece in minor units
 * @param quantity pieces per product, at least 1
 * @param condition when the component is included
 */
public record Component(
    String partNumber, LocalizedText label, long unitPrice, int quantity, Expr condition) {

  public Component {
    Objects.requireNonNull(partNumber, "partNumber");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(condition, "condition");
  }

  /** The price this component adds when included. */
  public long linePrice() {
    return unitPrice * quantity;
  }
}
