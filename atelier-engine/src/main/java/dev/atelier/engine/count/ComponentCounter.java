package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import java.math.BigInteger;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Exact model counting by the compiler's component search ({@link ComponentSearch}) without
 * building a DNNF: the component cache holds each component's count ({@link CountResults}) instead
 * of its node, for callers that want only the number (a count, not valid domains or per-value
 * counts, which need the compiled form: {@link DnnfCompiler}). The search is the same (same
 * branching, splitting and cache keys), so the count is the DNNF's; what changes is the memory: the
 * nodes took up to a third of the heap and an evicted component's node stayed alive in the DNNF,
 * here an evicted count is freed, and the cache may take half the heap. Stateless and thread-safe.
 */
public final class ComponentCounter {
  // Without nodes the cache may take what the nodes and the DNNF's cache took (1/3 + 1/4).
  static final long CACHE_BYTES =
      Long.getLong("atelier.count.cacheMiB", Runtime.getRuntime().maxMemory() / 2 >> 20) << 20;

  private ComponentCounter() {}

  /**
   * The number of models of {@code clauses} over 1..numVars in which all {@code units} hold,
   * counted on the calling thread (which needs a deep stack); branching by {@code ranks} (higher
   * first, index 0 unused) when not null, else by a min-degree order; asking a SAT oracle on large
   * components when {@code withOracle}. Empty once the deadline passes or {@code stop} holds.
   */
  public static Optional<BigInteger> count(
      int numVars,
      int[][] clauses,
      int[] units,
      Deadline deadline,
      BooleanSupplier stop,
      boolean withOracle,
      int[] ranks) {
    ComponentSearch.Limits limits = new ComponentSearch.Limits(deadline, stop, Integer.MAX_VALUE);
    return DnnfCompiler.search(
            numVars,
            clauses,
            units,
            limits,
            withOracle,
            ranks,
            DnnfCompiler.Tuning.DEFAULT.withCacheBytes(CACHE_BYTES),
            new CountResults())
        .result();
  }

  /**
   * As {@link #count} without deadline, by the min-degree order, with {@code tuning} (tests: the
   * cache's bound, the split, the oracle from its {@code minOracleVars} on when {@code
   * withOracle}).
   */
  static DnnfCompiler.Searched<BigInteger> countTuned(
      int numVars, int[][] clauses, int[] units, boolean withOracle, DnnfCompiler.Tuning tuning) {
    ComponentSearch.Limits limits =
        new ComponentSearch.Limits(Deadline.none(), () -> false, Integer.MAX_VALUE);
    return DnnfCompiler.search(
        numVars, clauses, units, limits, withOracle, null, tuning, new CountResults());
  }
}
