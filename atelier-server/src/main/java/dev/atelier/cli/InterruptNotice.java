package dev.atelier.cli;

import java.io.PrintWriter;

/**
 * Says on standard error what an interrupted command (Ctrl-C, SIGTERM) was doing and for how long,
 * so that the run ends with a stated result rather than silently; the JVM then exits with its
 * signal's code (130 for Ctrl-C). Closing it before the command ends removes the notice. One per
 * command; thread-safe.
 */
final class InterruptNotice implements AutoCloseable {
  private final Thread hook;

  private InterruptNotice(PrintWriter err, String what) {
    long start = System.nanoTime();
    hook =
        new Thread(
            () -> {
              synchronized (err) {
                err.printf(
                    "atelier: %s interrupted after %d ms: no result%n",
                    what, (System.nanoTime() - start) / 1_000_000);
                err.flush();
              }
            },
            "atelier-interrupt-notice");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Registers the notice for {@code what} (such as "count of model.yaml"). */
  static InterruptNotice start(PrintWriter err, String what) {
    return new InterruptNotice(err, what);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is exiting already: the hook runs or has run; nothing to undo.
    }
  }
}
