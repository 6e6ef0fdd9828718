package dev.atelier.server.http;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets one event in {@code every} through to the log, the first included: thousands of slow or
 * vanishing clients write a few lines, not thousands (an attack must not fill the disk).
 * Thread-safe.
 */
final class LogSample {
  private final int every;
  private final AtomicLong seen = new AtomicLong();

  LogSample(int every) {
    if (every < 1) {
      throw new IllegalArgumentException("every must be at least 1: " + every);
    }
    this.every = every;
  }

  /** Counts one event; true when this one is to be logged. */
  boolean next() {
    return seen.getAndIncrement() % every == 0;
  }

  /** Events counted so far. */
  long seen() {
    return seen.get();
  }
}
