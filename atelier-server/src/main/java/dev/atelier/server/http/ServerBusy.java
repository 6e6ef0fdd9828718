package dev.atelier.server.http;

/**
 * Work a request needs is not ready in the time a request may wait for it (a model version still
 * compiling): an overloaded or still-starting server, not a broken request. Thrown, like the pool
 * timeout of {@link DatabaseBusy}, from deep inside lookups that dozens of routes share (a
 * catalogue's compiled versions), so that none of them has to learn a third answer besides "found"
 * and "unknown"; every route answers it as 503 {@code busy} with {@code Retry-After}. Nothing of
 * the request was written.
 */
public final class ServerBusy extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Busy with what {@code detail} says (sent to the client as the problem's detail). */
  public ServerBusy(String detail) {
    super(detail, null, false, false);
  }

  /** Whether {@code failure}, or one of its causes, is a {@link ServerBusy}. */
  static boolean causedBy(Throwable failure) {
    return busy(failure) != null;
  }

  /** The 503 {@code busy} problem of {@code failure} (one of its causes is a ServerBusy). */
  static Problem problem(Throwable failure) {
    ServerBusy b = busy(failure);
    return Problem.of(
        503,
        ProblemType.BUSY,
        "The server is busy",
        (b == null ? "busy" : b.getMessage()) + "; nothing of this request was kept, send it again",
        null);
  }

  private static @Nullable ServerBusy busy(Throwable failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ServerBusy b) {
        return b;
      }
    }
    return null;
  }
}
