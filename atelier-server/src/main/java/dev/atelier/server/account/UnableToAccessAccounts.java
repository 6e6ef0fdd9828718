package dev.atelier.server.account;

import dev.atelier.server.db.DatabaseException;

/** A statement on the account tables failed (not an expected outcome: the database broke). */
public final class UnableToAccessAccounts extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** {@code what} failed because of {@code cause}. */
  public UnableToAccessAccounts(String what, Throwable cause) {
    super("cannot " + what + ": " + cause.getMessage(), cause);
  }
}
