package dev.atelier.server.events;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to try a failed webhook delivery again: exponential backoff {@code base * 2^(attempt-1)},
 * capped at {@code cap}, with "equal jitter" (a uniformly random delay between half and all of it,
 * so receivers recovering from an outage are not hit by every sender at once). After {@code
 * maxAttempts} failed attempts in a row a delivery is dead (a dead letter in the log) until an
 * admin retries it. Immutable and thread-safe.
 *
 * @param base the delay after the first failure (before jitter)
 * @param cap the longest delay
 * @param maxAttempts attempts before a delivery is dead
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {

  /** Attempts when not given: with the default backoff about 17 hours of trying. */
  public static final int DEFAULT_ATTEMPTS = 25;

  /** 1 s doubling up to 1 hour, 25 attempts. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1));

  public RetryPolicy {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(cap, "cap");
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("need 0 < base <= cap, got " + base + " and " + cap);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be positive, got " + maxAttempts);
    }
  }

  /** {@link #DEFAULT_ATTEMPTS} attempts. */
  public RetryPolicy(Duration base, Duration cap) {
    this(base, cap, DEFAULT_ATTEMPTS);
  }

  /** Whether a delivery is dead after {@code failures} failed attempts in its current series. */
  public boolean exhausted(int failures) {
    return failures >= maxAttempts;
  }

  /** The delay before the next try after {@code failures} (at least 1) failed attempts. */
  public Duration delay(int failures, RandomGenerator random) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be positive, got " + failures);
    }
    long capMillis = cap.toMillis();
    long millis = base.toMillis();
    for (int i = 1; i < failures && millis < capMillis; i++) {
      millis *= 2;
    }
    millis = Math.min(millis, capMillis);
    long half = millis / 2;
    return Duration.ofMillis(half + random.nextLong(millis - half + 1));
  }
}
