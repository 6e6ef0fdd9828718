package dev.atelier.server.production;

import org.jdbi.v3.core.Handle;

/**
 * Moves the customer's order along as its production does (in production, completed, shipped), in
 * the same transaction as the shop-floor change and its event, so the order page never disagrees
 * with the webhooks. Stateless.
 */
final class CustomerOrderStatus {

  private CustomerOrderStatus() {}

  /**
   * Sets the status of order {@code orderId}; ids that are not orders' (tests' own) are skipped.
   */
  static void set(Handle h, String orderId, String status) {
    long id;
    try {
      id = Long.parseLong(orderId);
    } catch (NumberFormatException e) {
      return;
    }
    h.createUpdate("UPDATE orders SET status = :s WHERE id = :id")
        .bind("s", status)
        .bind("id", id)
        .execute();
  }
}
