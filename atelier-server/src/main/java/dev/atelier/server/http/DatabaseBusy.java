package dev.atelier.server.http;

import java.sql.SQLTransientConnectionException;

/**
 * The database pool gave no connection in time (HikariCP's {@link SQLTransientConnectionException},
 * wherever it is wrapped): an overloaded server, not a broken request or a bug. Every route answers
 * it as 503 {@code busy} with {@code Retry-After}; the statement that needed the connection never
 * ran, so nothing of it was written. Stateless.
 */
public final class DatabaseBusy {

  private DatabaseBusy() {}

  /** Whether {@code failure}, or one of its causes, is a pool timeout. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return true;
      }
    }
    return false;
  }

  /** 503 {@code busy} (sent with {@code Retry-After}): try again shortly, nothing was kept. */
  static Problem problem() {
    return Problem.of(
        503,
        ProblemType.BUSY,
        "The server is busy",
        "the database had no free connection in time and nothing of this request was kept;"
            + " send it again shortly",
        null);
  }
}
