package dev.atelier.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress for a phase of unknown length: once the phase has run for a second, prints {@code PHASE:
 * N s} to standard error every second until closed. One per phase; thread-safe.
 */
final class Heartbeat implements AutoCloseable {
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "atelier-heartbeat");
            t.setDaemon(true);
            return t;
          });

  private Heartbeat(PrintWriter err, String phase) {
    long start = System.nanoTime();
    timer.scheduleAtFixedRate(
        () -> {
          synchronized (err) {
            err.printf("%s: %d s%n", phase, (System.nanoTime() - start) / 1_000_000_000L);
            err.flush();
          }
        },
        1,
        1,
        TimeUnit.SECONDS);
  }

  /** Starts the heartbeat of {@code phase}. */
  static Heartbeat start(PrintWriter err, String phase) {
    return new Heartbeat(err, phase);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
