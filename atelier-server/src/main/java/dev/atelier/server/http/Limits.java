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
 * @param headerTimeout how long the head of one request (request line and headers) may take to
 *     arrive once it has begun; a slower one has its connection closed
 * @param bodyMemory the bytes of request bodies being read, all connections together; a body that
 *     would take more is answered 503
 * @param uploads the limits of artwork uploads
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
    int eventBatchesPerMinute,
    Duration headerTimeout,
    long bodyMemory,
    Uploads uploads) {

  /**
   * What artwork uploads ({@code POST /api/uploads}) may take.
   *
   * @param perMinute uploads one client address may send a minute (429 beyond)
   * @param deadline the absolute limit for reading one upload body (the minimum data rate holds
   *     throughout)
   * @param decoders images decoded at once
   * @param queue uploads waiting for a decoder; more are answered 503 at once
   * @param decodeWait how long an upload waits for a decoder before a 503
   */
  public record Uploads(
      int perMinute, Duration deadline, int decoders, int queue, Duration decodeWait) {
    public Uploads {
      if (perMinute < 1 || decoders < 1 || queue < 0) {
        throw new IllegalArgumentException("uploads: a rate and decoders of at least 1");
      }
      positive(deadline);
      positive(decodeWait);
    }

    /** 60 a minute, 120 s a body, max(2, cores) decoders with 16 waiting up to 30 s. */
    public static Uploads defaults() {
      return new Uploads(
          60,
          Duration.ofSeconds(120),
          Math.max(2, Runtime.getRuntime().availableProcessors()),
          16,
          Duration.ofSeconds(30));
    }
  }

  public Limits {
    if (connectionsPerAddress < 1
        || bodyRequests < 1
        || minBodyRate < 1
        || wishesPerMinute < 1
        || eventBatchesPerMinute < 1
        || bodyMemory < 1) {
      throw new IllegalArgumentException("every count and rate limit is at least 1");
    }
    for (Duration d :
        new Duration[] {idleTimeout, bodyGrace, bodyDeadline, bodyWait, headerTimeout}) {
      positive(d);
    }
  }

  private static void positive(Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("every time limit is positive: " + d);
    }
  }

  /**
   * 64 connections per address, 15 s idle, a body within 2 s + 16 KB/s and at most 10 s, 100
   * requests with a body at once (waiting up to 5 s), 20 wishes and 600 event batches per address
   * and minute, 10 s for a request's head, 128 MiB of bodies being read, {@link Uploads#defaults}.
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
        600,
        Duration.ofSeconds(10),
        128L * 1024 * 1024,
        Uploads.defaults());
  }

  /** These limits with {@code n} connections per address. */
  public Limits withConnectionsPerAddress(int n) {
    Copy c = new Copy(this);
    c.connectionsPerAddress = n;
    return c.limits();
  }

  /** These limits with {@code wishes} wishes and {@code batches} event batches per minute. */
  public Limits withRates(int wishes, int batches) {
    Copy c = new Copy(this);
    c.wishesPerMinute = wishes;
    c.eventBatchesPerMinute = batches;
    return c.limits();
  }

  /** These limits with bodies read within {@code grace} plus {@code rate}, at most {@code max}. */
  public Limits withBodyTimes(Duration grace, long rate, Duration max) {
    Copy c = new Copy(this);
    c.bodyGrace = grace;
    c.minBodyRate = rate;
    c.bodyDeadline = max;
    return c.limits();
  }

  /** These limits with {@code other} upload limits. */
  public Limits withUploads(Uploads other) {
    Copy c = new Copy(this);
    c.uploads = other;
    return c.limits();
  }

  /** These limits with {@code head} for a request's head and {@code memory} bytes of bodies. */
  public Limits withHeadAndMemory(Duration head, long memory) {
    Copy c = new Copy(this);
    c.headerTimeout = head;
    c.bodyMemory = memory;
    return c.limits();
  }

  /** The components of a {@link Limits} to change some of. Confined to the method making it. */
  private static final class Copy {
    int connectionsPerAddress;
    Duration idleTimeout;
    Duration bodyGrace;
    long minBodyRate;
    Duration bodyDeadline;
    int bodyRequests;
    Duration bodyWait;
    int wishesPerMinute;
    int eventBatchesPerMinute;
    Duration headerTimeout;
    long bodyMemory;
    Uploads uploads;

    Copy(Limits l) {
      connectionsPerAddress = l.connectionsPerAddress;
      idleTimeout = l.idleTimeout;
      bodyGrace = l.bodyGrace;
      minBodyRate = l.minBodyRate;
      bodyDeadline = l.bodyDeadline;
      bodyRequests = l.bodyRequests;
      bodyWait = l.bodyWait;
      wishesPerMinute = l.wishesPerMinute;
      eventBatchesPerMinute = l.eventBatchesPerMinute;
      headerTimeout = l.headerTimeout;
      bodyMemory = l.bodyMemory;
      uploads = l.uploads;
    }

    Limits limits() {
      return new Limits(
          connectionsPerAddress,
          idleTimeout,
          bodyGrace,
          minBodyRate,
          bodyDeadline,
          bodyRequests,
          bodyWait,
          wishesPerMinute,
          eventBatchesPerMinute,
          headerTimeout,
          bodyMemory,
          uploads);
    }
  }

  /** How long a body of {@code length} bytes (-1: unknown) may take to arrive. */
  public Duration bodyTime(long length) {
    long millis = length < 0 ? bodyDeadline.toMillis() : length * 1000 / minBodyRate;
    Duration allowed = bodyGrace.plusMillis(millis);
    return allowed.compareTo(bodyDeadline) > 0 ? bodyDeadline : allowed;
  }
}
