package dev.atelier.server.db;

/** The database at a JDBC URL cannot be connected to or migrated; the message names the URL. */
public final class UnableToOpenDatabase extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** {@code url} (without credentials) could not be opened because of {@code cause}. */
  public UnableToOpenDatabase(String url, Throwable cause) {
    super("cannot open the database " + url + ": " + rootMessage(cause), cause);
  }

  private static String rootMessage(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
