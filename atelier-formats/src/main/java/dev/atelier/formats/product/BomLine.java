package dev.atelier.formats.product;

import dev.atelier.engine.model.Expr;
import dev.atelier.formats.expr.Quantity;
import java.util.Objects;

/**
 * A bill-of-material line: a part whose quantity may depend on numeric parameters ({@code 2*inseam
 * + 10} cm of denim), included when {@code condition} holds. Immutable and thread-safe.
 *
 * @param part the part number
 * @param quantity how much of the part one product needs, in {@code unit}
 * @param unit unit of the quantity ("pcs", "cm", "g")
 * @param condition when the line applies
 */
public record BomLine(String part, Quantity quantity, String unit, Expr condition) {

  public BomLine {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(condition, "condition");
  }
}
