package dev.atelier.server.shared;

import java.util.Objects;

/**
 * One line of an order's bill of material: a part and how much of it the order needs. Immutable and
 * thread-safe.
 *
 * @param part the part number
 * @param perUnit how much one product needs, in {@code unit}
 * @param total how much the whole order needs ({@code perUnit * quantity})
 * @param unit unit of the quantities ("pcs", "cm", "g")
 */
public record MaterialLine(String part, long perUnit, long total, String unit) {

  public MaterialLine {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(unit, "unit");
  }
}
