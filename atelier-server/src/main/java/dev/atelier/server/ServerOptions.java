package dev.atelier.server;

import dev.atelier.server.design.PoolSettings;
import dev.atelier.server.http.Limits;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server runs. Immutable and thread-safe; each {@code with…} gives a copy with one part
 * changed, {@link #toBuilder()} one with several.
 *
 * @param host the interface to listen on
 * @param port the port; 0 picks a free one
 * @param engineBudget the deadline of every request's engine work
 * @param reasonsBudget the part of it spent on refusal reasons (0: none)
 * @param cacheSize how many designs' engine answers to keep
 * @param bodyLimit the largest request body in bytes
 * @param limits connections, body times and rates one client may take (docs/limits.md)
 * @param sessionPool the warm engine sessions kept between design requests
 * @param warmFirstVisit whether the server computes each product's first-visit answers at start
 *     ({@code FirstVisitWarmup}), in the background
 */
public record ServerOptions(
    String host,
    int port,
    Duration engineBudget,
    Duration reasonsBudget,
    int cacheSize,
    long bodyLimit,
    Limits limits,
    PoolSettings sessionPool,
    boolean warmFirstVisit) {

  public ServerOptions {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(sessionPool, "sessionPool");
  }

  /**
   * The defaults on {@code port}: 2 s per request, 100 ms for reasons, 4096 designs, 64 KB, {@link
   * Limits#defaults()}, no session pool ({@link PoolSettings#OFF}), no first-visit warm-up.
   */
  public static ServerOptions defaults(int port) {
    return new ServerOptions(
        "0.0.0.0",
        port,
        Duration.ofSeconds(2),
        Duration.ofMillis(100),
        4096,
        64 * 1024,
        Limits.defaults(),
        PoolSettings.OFF,
        false);
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Listening on {@code otherHost}:{@code otherPort}. */
  public ServerOptions withAddress(String otherHost, int otherPort) {
    return toBuilder().host(otherHost).port(otherPort).build();
  }

  /** With {@code budget} for each request's engine work. */
  public ServerOptions withEngineBudget(Duration budget) {
    return toBuilder().engineBudget(budget).build();
  }

  /** With {@code budget} for refusal reasons (0: none). */
  public ServerOptions withReasonsBudget(Duration budget) {
    return toBuilder().reasonsBudget(budget).build();
  }

  /** Keeping the engine answers of {@code designs} designs. */
  public ServerOptions withCacheSize(int designs) {
    return toBuilder().cacheSize(designs).build();
  }

  /** Within {@code other} limits. */
  public ServerOptions withLimits(Limits other) {
    return toBuilder().limits(other).build();
  }

  /** With {@code pool} warm engine sessions. */
  public ServerOptions withSessionPool(PoolSettings pool) {
    return toBuilder().sessionPool(pool).build();
  }

  /**
   * Options with some parts changed: the one place that copies every part, so a new option is added
   * here and in the record's components. Not thread-safe.
   */
  public static final class Builder {
    private String host;
    private int port;
    private Duration engineBudget;
    private Duration reasonsBudget;
    private int cacheSize;
    private long bodyLimit;
    private Limits limits;
    private PoolSettings sessionPool;
    private boolean warmFirstVisit;

    private Builder(ServerOptions from) {
      host = from.host;
      port = from.port;
      engineBudget = from.engineBudget;
      reasonsBudget = from.reasonsBudget;
      cacheSize = from.cacheSize;
      bodyLimit = from.bodyLimit;
      limits = from.limits;
      sessionPool = from.sessionPool;
      warmFirstVisit = from.warmFirstVisit;
    }

    /** The interface to listen on. */
    public Builder host(String value) {
      host = value;
      return this;
    }

    /** The port; 0 picks a free one. */
    public Builder port(int value) {
      port = value;
      return this;
    }

    /** The deadline of every request's engine work. */
    public Builder engineBudget(Duration value) {
      engineBudget = value;
      return this;
    }

    /** The part of the engine budget spent on refusal reasons (0: none). */
    public Builder reasonsBudget(Duration value) {
      reasonsBudget = value;
      return this;
    }

    /** How many designs' engine answers to keep. */
    public Builder cacheSize(int value) {
      cacheSize = value;
      return this;
    }

    /** The largest request body in bytes. */
    public Builder bodyLimit(long value) {
      bodyLimit = value;
      return this;
    }

    /** Connections, body times and rates one client may take. */
    public Builder limits(Limits value) {
      limits = value;
      return this;
    }

    /** The warm engine sessions kept between design requests. */
    public Builder sessionPool(PoolSettings value) {
      sessionPool = value;
      return this;
    }

    /** Whether each product's first-visit answers are computed at start, in the background. */
    public Builder warmFirstVisit(boolean value) {
      warmFirstVisit = value;
      return this;
    }

    /** The options as built. */
    public ServerOptions build() {
      return new ServerOptions(
          host,
          port,
          engineBudget,
          reasonsBudget,
          cacheSize,
          bodyLimit,
          limits,
          sessionPool,
          warmFirstVisit);
    }
  }
}
