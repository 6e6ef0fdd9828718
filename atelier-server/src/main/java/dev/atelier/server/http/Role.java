package dev.atelier.server.http;

/** What a signed-in account may do. */
public enum Role {
  /** Designs, orders and profile of their own. */
  CUSTOMER,
  /** Work-centre queues. */
  STAFF,
  /** Models, price lists, analytics. */
  PRODUCT_MANAGER,
  /** Users, webhooks; everything staff and product managers may do. */
  ADMIN
}
