package dev.atelier.server.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How busy a server's routes are: the requests being answered now and when the last one ended, so
 * background work that only saves later requests time (a warm-up) can wait for a quiet moment
 * instead of taking the cores from requests. Thread-safe.
 */
public final class RequestActivity {
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile long lastEnded = System.nanoTime();

  /** Counts a request as started. */
  void started() {
    inFlight.incrementAndGet();
  }

  /** Counts a request as ended. */
  void ended() {
    lastEnded = System.nanoTime();
    inFlight.decrementAndGet();
  }

  /** Whether no request is being answered and none ended within {@code quiet}. */
  public boolean quietFor(Duration quiet) {
    return inFlight.get() == 0 && System.nanoTime() - lastEnded >= quiet.toNanos();
  }
}
