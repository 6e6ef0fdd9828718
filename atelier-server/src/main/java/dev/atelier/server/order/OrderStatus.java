package dev.atelier.server.order;

/**
 * The statuses an order passes through, as stored and shown. Production moves an order on from
 * {@link #PLACED}.
 */
public final class OrderStatus {

  /** Accepted, re-validated and re-priced; waiting for production. */
  public static final String PLACED = "placed";

  /** At least one operation has started. */
  public static final String IN_PRODUCTION = "in_production";

  /** Every operation is done. */
  public static final String COMPLETED = "completed";

  /** Handed to the carrier. */
  public static final String SHIPPED = "shipped";

  private OrderStatus() {}
}
