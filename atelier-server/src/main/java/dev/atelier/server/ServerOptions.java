package dev.atelier.server;

import dev.atelier.server.design.PoolSettings;
import dev.atelier.server.http.Limits;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server runs. Immutable and thread-safe; each {@code with…} gives a copy with one part
 * changed.
 *
 * @param host the interface to listen on
 * @param port the port; 0 picks a free one
 * @param engineBudget the deadline of every request's engine work
 * @param reasonsBudget the part of it spent on refusal reasons (0: none)
 * @param cacheSize how many designs' engine answers to keep
 * @param bodyLimit the largest request body in bytes
 * @param limits connections, body times and rates one client may take (docs/limits.md)
 * @param sessionPool the warm engine sessions kept between design requests
 */
public record ServerOptions(
    String host,
    int port,
    Duration engineBudget,
    Duration reasonsBudget,
    int cacheSize,
    long bodyLimit,
    Limits limits,
    PoolSettings sessionPool) {

  public ServerOptions {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(sessionPool, "sessionPool");
  }

  /**
   * The defaults on {@code port}: 2 s per request, 100 ms for reasons, 4096 designs, 64 KB, {@link
   * Limits#defaults()}, no session pool ({@link PoolSettings#OFF}).
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
        PoolSettings.OFF);
  }

  /** Listening on {@code otherHost}:{@code otherPort}. */
  public ServerOptions withAddress(String otherHost, int otherPort) {
    return new ServerOptions(
        otherHost,
        otherPort,
        engineBudget,
        reasonsBudget,
        cacheSize,
        bodyLimit,
        limits,
        sessionPool);
  }

  /** With {@code budget} for each request's engine work. */
  public ServerOptions withEngineBudget(Duration budget) {
    return new ServerOptions(
        host, port, budget, reasonsBudget, cacheSize, bodyLimit, limits, sessionPool);
  }

  /** With {@code budget} for refusal reasons (0: none). */
  public ServerOptions withReasonsBudget(Duration budget) {
    return new ServerOptions(
        host, port, engineBudget, budget, cacheSize, bodyLimit, limits, sessionPool);
  }

  /** Keeping the engine answers of {@code designs} designs. */
  public ServerOptions withCacheSize(int designs) {
    return new ServerOptions(
        host, port, engineBudget, reasonsBudget, designs, bodyLimit, limits, sessionPool);
  }

  /** Within {@code other} limits. */
  public ServerOptions withLimits(Limits other) {
    return new ServerOptions(
        host, port, engineBudget, reasonsBudget, cacheSize, bodyLimit, other, sessionPool);
  }

  /** With {@code pool} warm engine sessions. */
  public ServerOptions withSessionPool(PoolSettings pool) {
    return new ServerOptions(
        host, port, engineBudget, reasonsBudget, cacheSize, bodyLimit, limits, pool);
  }
}
