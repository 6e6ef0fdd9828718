package dev.atelier.server.design;

import dev.atelier.formats.product.OrderQuantity;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.http.NumberRanges;
import dev.atelier.server.http.Problem;
import java.util.Optional;

/**
 * The limits on how many units of a design a request may name, orders and promises alike: every
 * product at most {@link #MAX}, a product with a {@code maxQuantity} of its own at most that.
 */
public final class Quantities {

  /** The most units one order (or one delivery promise) takes. */
  public static final int MAX = OrderQuantity.LIMIT;

  private Quantities() {}

  /**
   * A 422 {@code out-of-range} naming {@code field} when {@code quantity} is more than {@code
   * product} takes in one order ("'quantity' must be from 1 to 20, got 25"); empty otherwise.
   */
  public static Optional<Problem> ofProduct(
      ProductDefinition product, long quantity, String field) {
    return NumberRanges.problem(1, product.quantity().max(), quantity, field);
  }
}
