package dev.atelier.formats.product;

/**
 * How many units of a product one order (or one delivery promise) may take: every product at most
 * {@link #LIMIT}, and a product may declare a lower maximum of its own ({@code maxQuantity: 20} for
 * a pizza oven's day). Immutable.
 *
 * @param max the most units one order takes, 1 to {@link #LIMIT}
 */
public record OrderQuantity(int max) {

  /** The most units one order of any product takes. */
  public static final int LIMIT = 1000;

  /** A product without a maximum of its own: the global {@link #LIMIT}. */
  public static final OrderQuantity ANY = new OrderQuantity(LIMIT);

  public OrderQuantity {
    if (max < 1 || max > LIMIT) {
      throw new IllegalArgumentException("maxQuantity " + max + " is not 1 to " + LIMIT);
    }
  }

  /** Whether the product declares a maximum below the global limit. */
  public boolean declared() {
    return max < LIMIT;
  }
}
