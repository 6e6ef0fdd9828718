package dev.atelier.server.designevents;

import dev.atelier.server.db.DatabaseException;

/** Design events or wishes could not be written to or read from the database. */
public final class UnableToStoreEvents extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** {@code what} failed because of {@code cause}. */
  public UnableToStoreEvents(String what, Throwable cause) {
    super("cannot " + what + ": " + cause.getMessage(), cause);
  }
}
