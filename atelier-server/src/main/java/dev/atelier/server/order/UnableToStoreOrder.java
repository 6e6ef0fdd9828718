package dev.atelier.server.order;

import dev.atelier.server.db.DatabaseException;

/** An order or idempotency key could not be written or read back: the database failed. */
public final class UnableToStoreOrder extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}, caused by {@code cause}. */
  public UnableToStoreOrder(String message, Throwable cause) {
    super(message, cause);
  }
}
