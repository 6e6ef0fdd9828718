package dev.atelier.server.design;

/**
 * How many warm engine sessions the design routes keep between requests ({@link SessionPool}).
 * Immutable and thread-safe.
 *
 * @param maxSessions the most idle sessions kept (0: no pool, every request resumes a new session)
 * @param maxBytes the most bytes their solvers may take, estimated from the models' sizes
 */
public record PoolSettings(int maxSessions, long maxBytes) {

  /** Bounds when on: 64 sessions within 256 MiB. */
  public static final PoolSettings ON = new PoolSettings(64, 256L << 20);

  /** No pool: the default until the pool is measured faster with identical answers. */
  public static final PoolSettings OFF = new PoolSettings(0, 0);

  public PoolSettings {
    if (maxSessions < 0 || maxBytes < 0) {
      throw new IllegalArgumentException("pool bounds must not be negative");
    }
  }

  /** Whether sessions are kept at all. */
  public boolean on() {
    return maxSessions > 0 && maxBytes > 0;
  }
}
