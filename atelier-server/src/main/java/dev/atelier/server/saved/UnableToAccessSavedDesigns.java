package dev.atelier.server.saved;

import dev.atelier.server.db.DatabaseException;

/** The saved designs' table could not be read or written; the message says what was attempted. */
public final class UnableToAccessSavedDesigns extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** {@code what} failed because of {@code cause}. */
  public UnableToAccessSavedDesigns(String what, Throwable cause) {
    super("cannot " + what + ": " + cause.getMessage(), cause);
  }
}
