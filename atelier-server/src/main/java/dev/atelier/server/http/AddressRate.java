package dev.atelier.server.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A per-client-address allowance: {@code perMinute} requests, refilled evenly over a minute (a
 * token bucket). Kept in memory, not in the database: the allowance is about the last minute, so
 * losing it on a restart costs nothing, while a database row per wish or event batch would double
 * the writes the limit is there to bound. Each node of a cluster counts its own requests. At most
 * {@link #MAX_ADDRESSES} addresses are tracked; when full, addresses whose allowance has refilled
 * are forgotten first (they carry no state), and if none has, a new address is let through
 * untracked rather than evicting one that is being limited. Thread-safe.
 */
public final class AddressRate {

  /** The most addresses tracked at once. */
  public static final int MAX_ADDRESSES = 100_000;

  private static final long MINUTE_NANOS = 60_000_000_000L;

  private final String what;
  private final int perMinute;
  private final LongSupplier nanos;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** One address's allowance: tokens at a moment; guarded by itself. */
  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  /** An allowance of {@code perMinute} {@code what} (for the problem text) per address. */
  public AddressRate(String what, int perMinute) {
    this(what, perMinute, System::nanoTime);
  }

  AddressRate(String what, int perMinute, LongSupplier nanos) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("at least 1 per minute: " + perMinute);
    }
    this.what = what;
    this.perMinute = perMinute;
    this.nanos = nanos;
  }

  /** Takes one from {@code address}'s allowance: whether it had one left. */
  public boolean take(String address) {
    return use(address, true);
  }

  /** Whether {@code address} has allowance left (taking none). */
  public boolean hasLeft(String address) {
    return use(address, false);
  }

  private boolean use(String address, boolean take) {
    long now = nanos.getAsLong();
    Bucket bucket = buckets.get(address);
    if (bucket == null) {
      if (buckets.size() >= MAX_ADDRESSES && !forgetRefilled(now)) {
        return true;
      }
      bucket = buckets.computeIfAbsent(address, a -> new Bucket(perMinute, now));
    }
    synchronized (bucket) {
      refill(bucket, now);
      if (bucket.tokens < 1) {
        return false;
      }
      if (take) {
        bucket.tokens -= 1;
      }
      return true;
    }
  }

  /** The 429 problem for the caller of {@code ctx} when its allowance is used up, else null. */
  public @Nullable Problem check(Context ctx) {
    if (hasLeft(ctx.ip())) {
      return null;
    }
    return Problem.of(
        429,
        "too-many-requests",
        "Too many requests",
        "at most " + perMinute + " " + what + " per minute from one address; try again later",
        null);
  }

  /**
   * {@code routes} answering 429 once their caller's address has used its allowance; only the
   * requests they accept (2xx) use it, refused ones store nothing.
   */
  public List<Route> guard(List<Route> routes) {
    return routes.stream().map(this::guard).toList();
  }

  /** {@code route} answering 429 once its caller's address has used its allowance. */
  public Route guard(Route route) {
    Route.Handler inner = route.handler();
    List<Integer> problems = new java.util.ArrayList<>(route.problems());
    problems.add(429);
    return new Route(
        route.method(),
        route.path(),
        route.operationId(),
        route.summary(),
        route.request(),
        route.response(),
        problems,
        route.access(),
        ctx -> {
          Problem refused = check(ctx);
          if (refused != null) {
            return Outcome.rejected(refused);
          }
          Outcome<?> outcome = inner.answer(ctx);
          if (outcome instanceof Outcome.Ok<?>) {
            take(ctx.ip());
          }
          return outcome;
        },
        route.success());
  }

  private void refill(Bucket bucket, long now) {
    double earned = (double) (now - bucket.at) * perMinute / MINUTE_NANOS;
    bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, earned));
    bucket.at = now;
  }

  private boolean forgetRefilled(long now) {
    buckets
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                refill(e.getValue(), now);
                return e.getValue().tokens >= perMinute;
              }
            });
    return buckets.size() < MAX_ADDRESSES;
  }
}
