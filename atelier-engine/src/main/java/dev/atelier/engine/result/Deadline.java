package dev.atelier.engine.result;

import java.time.Duration;

/**
 * The moment by which an engine call must answer. Every engine call takes one; when it passes, the
 * call returns {@link Failure.Kind#TIMED_OUT} instead of an answer. Immutable and thread-safe.
 *
 * @param endNanos the {@link System#nanoTime()} at which time is up
 */
public record Deadline(long endNanos) {

  private static final long FAR = Long.MAX_VALUE / 4;

  /** A deadline {@code duration} from now. */
  public static Deadline in(Duration duration) {
    return new Deadline(System.nanoTime() + Math.min(duration.toNanos(), FAR));
  }

  /** A deadline {@code millis} milliseconds from now. */
  public static Deadline inMillis(long millis) {
    return in(Duration.ofMillis(millis));
  }

  /** A deadline that, for practical purposes, never passes. */
  public static Deadline none() {
    return new Deadline(System.nanoTime() + FAR);
  }

  /** Whether the deadline has passed. */
  public boolean expired() {
    return System.nanoTime() - endNanos >= 0;
  }

  /** Milliseconds left, at least 0. */
  public long remainingMillis() {
    return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
  }

  /**
   * The wall-clock time in epoch milliseconds at which the deadline passes (for LogicNG timers).
   */
  public long epochMillis() {
    long remaining = remainingMillis();
    long now = System.currentTimeMillis();
    return remaining > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + remaining;
  }
}
