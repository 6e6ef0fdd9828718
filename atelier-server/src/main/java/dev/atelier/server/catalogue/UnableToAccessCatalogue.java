package dev.atelier.server.catalogue;

import dev.atelier.server.db.DatabaseException;

/** The catalogue's tables could not be read or written; the message says what was attempted. */
public final class UnableToAccessCatalogue extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** {@code what} failed because of {@code cause}. */
  public UnableToAccessCatalogue(String what, Throwable cause) {
    super("cannot " + what + ": " + cause.getMessage(), cause);
  }
}
