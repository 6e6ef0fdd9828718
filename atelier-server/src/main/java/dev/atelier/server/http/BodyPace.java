package dev.atelier.server.http;

import java.time.Duration;

/**
 * The pace one request body must keep: after the grace period, the minimum data rate of {@link
 * Limits} for what has arrived, and complete by its deadline. Times are {@link System#nanoTime()}
 * values. Immutable.
 *
 * @param limits the body limits
 * @param started when reading began
 * @param deadline when the whole body must have arrived
 */
record BodyPace(Limits limits, long started, long deadline) {

  /**
   * The pace of a body of {@code length} bytes (negative: unknown) starting now, due by {@code
   * deadline} at the latest.
   */
  static BodyPace start(Limits limits, long length, Duration deadline) {
    long started = System.nanoTime();
    long allowed = length < 0 ? Long.MAX_VALUE : limits.bodyTime(length).toNanos();
    return new BodyPace(limits, started, started + Math.min(deadline.toNanos(), allowed));
  }

  /**
   * When the client falls behind the minimum rate with the {@code received} bytes it has sent: the
   * grace period plus the time its bytes are worth; never later than the deadline.
   */
  long due(long received) {
    long worth = received * 1_000_000_000L / limits.minBodyRate();
    return Math.min(deadline, started + limits.bodyGrace().toNanos() + worth);
  }

  /** Milliseconds since reading began. */
  long elapsedMillis() {
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** 408: the body fell behind this pace. */
  Problem late() {
    return Problem.of(
        408,
        ProblemType.BODY_TOO_SLOW,
        "The body arrived too slowly",
        "send the body at "
            + limits.minBodyRate()
            + " bytes a second or faster after the first "
            + limits.bodyGrace().toMillis()
            + " ms, within "
            + (deadline - started) / 1_000_000
            + " ms in all",
        "body");
  }
}
