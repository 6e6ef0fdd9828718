package dev.atelier.server.db;

/**
 * The root of Atelier's data-access failures that are not expected outcomes: the database cannot be
 * reached, a migration failed, a statement broke. Expected outcomes (not found, conflict, no
 * capacity) are result values, never this exception. Subclasses are named {@code UnableToX}.
 */
public class DatabaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}, caused by {@code cause} (may be null). */
  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
