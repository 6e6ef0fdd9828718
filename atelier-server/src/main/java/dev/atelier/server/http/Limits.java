package dev.atelier.server.http;

import java.time.Duration;

/**
 * How much one client may take from the server: connections per address, how long and how slowly a
 * request body may arrive, how many requests with a body are handled at once (the rest of the
 * worker threads stay free for reads), and how many wishes and design-event batches one address may
 * send per minute. docs/limits.md lists them with their defaults. Immutable and thread-safe.
 *
 * @param connectionsPerAddress open connections one client address may hold; more are closed at
 *     once
 * @param idleTimeout how long a connection may stay silent (between requests or within one)
 * @param bodyGrace how long any request body may take regardless of its size
 * @param minBodyRate bytes per second a body must arrive at on top of {@code bodyGrace}: a body of
 *     n bytes must be complete within {@code bodyGrace + n / minBodyRate}
 * @param bodyDeadline the absolute limit for reading one body, however large
 * @param bodyRequests requests with a body (POST, PUT, PATCH, DELETE) handled at once; more wait,
 *     without a thread, up to {@code bodyWait}
 * @param bodyWait how long a request with a body may wait for its turn before a 503
 * @param wishesPerMinute wishes one client address may send per minute
 * @param eventBatchesPerMinute design-event batches ({@code POST /api/design-events}) and recorded
 *     design requests one client address may send per minute
 */
public record Limits(
    int connectionsPerAddress,
    Duration idleTimeout,
    Duration bodyGrace,
    long minBodyRate,
    Duration bodyDeadline,
    int bodyRequests,
    Duration bodyWait,
    int wishesPerMinute,
    int eventBatchesPerMinute) {

  public Limits {
    if (connectionsPerAddress < 1
        || bodyRequests < 1
        || minBodyRate < 1
        || wishesPerMinute < 1
        || eventBatchesPerMinute < 1) {
      throw new IllegalArgumentException("every count and rate limit is at least 1");
    }
    for (Duration d : new Duration[] {idleTimeout, bodyGrace, bodyDeadline, bodyWait}) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("every time limit is positive: " + d);
      }
    }
  }

  /**
   * 64 connections per address, 15 s idle, a body within 2 s + 16 KB/s and at most 10 s, 100
   * requests with a body at once (waiting up to 5 s), 20 wishes and 600 event batches per address
   * and minute.
   */
  public static Limits defaults() {
    return new Limits(
        64,
        Duration.ofSeconds(15),
        Duration.ofSeconds(2),
        16 * 1024,
        Duration.ofSeconds(10),
        100,
        Duration.ofSeconds(5),
        20,
        600);
  }

  /** These limits with {@code n} connections per address. */
  public Limits withConnectionsPerAddress(int n) {
    return new Limits(
        n,
        idleTimeout,
        bodyGrace,
        minBodyRate,
        bodyDeadline,
        bodyRequests,
        bodyWait,
        wishesPerMinute,
        eventBatchesPerMinute);
  }

  /** These limits with {@code wishes} wishes and {@code batches} event batches per minute. */
  public Limits withRates(int wishes, int batches) {
    return new Limits(
        connectionsPerAddress,
        idleTimeout,
        bodyGrace,
        minBodyRate,
        bodyDeadline,
        bodyRequests,
        bodyWait,
        wishes,
        batches);
  }

  /** These limits with bodies read within {@code grace} plus {@code rate}, at most {@code max}. */
  public Limits withBodyTimes(Duration grace, long rate, Duration max) {
    return new Limits(
        connectionsPerAddress,
        idleTimeout,
        grace,
        rate,
        max,
        bodyRequests,
        bodyWait,
        wishesPerMinute,
        eventBatchesPerMinute);
  }

  /** How long a body of {@code length} bytes (-1: unknown) may take to arrive. */
  public Duration bodyTime(long length) {
    long millis = length < 0 ? bodyDeadline.toMillis() : length * 1000 / minBodyRate;
    Duration allowed = bodyGrace.plusMillis(millis);
    return allowed.compareTo(bodyDeadline) > 0 ? bodyDeadline : allowed;
  }
}
