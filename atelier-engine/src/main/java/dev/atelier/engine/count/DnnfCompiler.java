package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Compiles a CNF into a {@link DecisionDnnf} by exhaustive DPLL with unit propagation, splitting
 * into independent components and caching each component's node (the trace of a component-caching
 * model counter; {@link ComponentSearch}). It branches on the variable that a min-degree
 * elimination order of the primal graph eliminates last (the top of the implied tree
 * decomposition), which splits components early: on automotive01 that makes 4,849 nodes instead of
 * 87,059 with the most-occurrences rule, used when there is no order. Gives up when the deadline
 * passes or the node budget is spent.
 */
public final class DnnfCompiler {
  // The elimination order's adjacency bit matrix takes numVars^2 / 8 bytes: 25 MiB at this size.
  private static final int MAX_RANKED_VARS = 20_000;
  // Components this small are cheaper to explore than to ask the SAT oracle about: on product
  // documentation the oracle's calls were 55-70 % of the time at widths 37-54 and pruned nothing
  // that propagation did not (same nodes); 1,000 counted the 35 held-back-sized instances with a
  // median of 2.2 s CPU against 3.0 s at session 11's 24 (-Datelier.count.oracleVars=24).
  private static final int MIN_ORACLE_VARS = Integer.getInteger("atelier.count.oracleVars", 1000);
  // The heap the component cache may take; past it, old entries are evicted.
  private static final long CACHE_BYTES =
      Long.getLong("atelier.count.cacheMiB", Runtime.getRuntime().maxMemory() / 4 >> 20) << 20;

  private DnnfCompiler() {}

  // -Datelier.count.split=old: split over every open clause (ComponentSplitter, session 13).
  private static final boolean CLAUSE_SPLIT =
      "old".equals(System.getProperty("atelier.count.split"));

  /**
   * The cache's bound in bytes, the smallest component the oracle is asked about, whether
   * components are split over every open clause ({@link ComponentSplitter}) instead of over
   * variables and binary links ({@link LinkSplitter}), and whether that split visits cliques of
   * links as one ({@link LinkCliques}), and whether each branch tests failed literals ({@link
   * FailedLiterals}).
   */
  record Tuning(
      long cacheBytes, int minOracleVars, boolean clauseSplit, boolean cliques, boolean probe) {
    static final Tuning DEFAULT =
        new Tuning(
            CACHE_BYTES,
            MIN_ORACLE_VARS,
            CLAUSE_SPLIT,
            LinkSplitter.CLIQUES,
            ComponentSearch.PROBE);

    /** This tuning splitting over every open clause when {@code clauseSplit}. */
    Tuning splitOverClauses(boolean clauseSplit) {
      return new Tuning(cacheBytes, minOracleVars, clauseSplit, cliques, probe);
    }

    Tuning withOracleFrom(int minOracleVars) {
      return new Tuning(cacheBytes, minOracleVars, clauseSplit, cliques, probe);
    }

    Tuning withCacheBytes(long cacheBytes) {
      return new Tuning(cacheBytes, minOracleVars, clauseSplit, cliques, probe);
    }

    /** This tuning testing failed literals after each branch when {@code probe}. */
    Tuning withProbe(boolean probe) {
      return new Tuning(cacheBytes, minOracleVars, clauseSplit, cliques, probe);
    }

    /** This tuning visiting cliques of links as one when {@code cliques}. */
    Tuning withCliques(boolean cliques) {
      return new Tuning(cacheBytes, minOracleVars, clauseSplit, cliques, probe);
    }
  }

  /**
   * What a compilation made (empty when a budget ran out), and how many cache entries it evicted.
   */
  record Bounded(Optional<DecisionDnnf> dnnf, long evictions) {}

  /**
   * Compiles {@code clauses} (over variables 1..numVars) conditioned on {@code units}; empty when
   * the deadline passes or more than {@code maxNodes} nodes would be needed. Needs a deep stack
   * (recursion depth up to the number of variables).
   */
  public static Optional<DecisionDnnf> compile(
      int numVars, int[][] clauses, int[] units, Deadline deadline, int maxNodes) {
    return compile(numVars, clauses, units, deadline, maxNodes, () -> false);
  }

  /** As {@link #compile(int, int[][], int[], Deadline, int)}, also giving up once {@code stop}. */
  public static Optional<DecisionDnnf> compile(
      int numVars,
      int[][] clauses,
      int[] units,
      Deadline deadline,
      int maxNodes,
      BooleanSupplier stop) {
    return compile(numVars, clauses, units, deadline, maxNodes, stop, false);
  }

  /**
   * As {@link #compile(int, int[][], int[], Deadline, int, BooleanSupplier)}; with {@code
   * withOracle}, a SAT oracle ({@link SatOracle}) cuts branches without models before they are
   * explored (worth it on large, tightly constrained CNFs; it costs a solver per compilation).
   */
  public static Optional<DecisionDnnf> compile(
      int numVars,
      int[][] clauses,
      int[] units,
      Deadline deadline,
      int maxNodes,
      BooleanSupplier stop,
      boolean withOracle) {
    return compile(numVars, clauses, units, deadline, maxNodes, stop, withOracle, null);
  }

  /**
   * As {@link #compile(int, int[][], int[], Deadline, int, BooleanSupplier, boolean)}, branching by
   * {@code ranks} (higher first, index 0 unused; {@link dev.atelier.engine.cnf.Cnf#branchRanks()})
   * instead of an elimination order when it is not null.
   */
  public static Optional<DecisionDnnf> compile(
      int numVars,
      int[][] clauses,
      int[] units,
      Deadline deadline,
      int maxNodes,
      BooleanSupplier stop,
      boolean withOracle,
      int[] ranks) {
    ComponentSearch.Limits limits = new ComponentSearch.Limits(deadline, stop, maxNodes);
    return run(numVars, clauses, units, limits, withOracle, ranks, Tuning.DEFAULT).dnnf();
  }

  /**
   * As {@link #compile(int, int[][], int[], Deadline, int)} (no deadline, min-degree order) with
   * {@code tuning}: the oracle asked on components of at least its {@code minOracleVars} variables
   * when {@code withOracle} (tests ask it on small CNFs), the cache bounded to its {@code
   * cacheBytes}.
   */
  static Bounded compileTuned(
      int numVars, int[][] clauses, int[] units, int maxNodes, boolean withOracle, Tuning tuning) {
    ComponentSearch.Limits limits =
        new ComponentSearch.Limits(Deadline.none(), () -> false, maxNodes);
    return run(numVars, clauses, units, limits, withOracle, null, tuning);
  }

  /** The tuning of a test: the default cache bound, the oracle from {@code minOracleVars} on. */
  static Tuning oracleFrom(int minOracleVars) {
    return Tuning.DEFAULT.withOracleFrom(minOracleVars);
  }

  /** The tuning of a test: the cache bounded to {@code cacheBytes}, the default oracle bound. */
  static Tuning cacheOf(long cacheBytes) {
    return Tuning.DEFAULT.withCacheBytes(cacheBytes);
  }

  private static Bounded run(
      int numVars,
      int[][] clauses,
      int[] units,
      ComponentSearch.Limits limits,
      boolean withOracle,
      int[] ranks,
      Tuning tuning) {
    DnnfResults nodes = new DnnfResults(limits.maxNodes());
    Searched<Integer> s = search(numVars, clauses, units, limits, withOracle, ranks, tuning, nodes);
    return new Bounded(s.result().map(root -> nodes.build(root, numVars)), s.evictions());
  }

  /** What a search found (empty when a budget ran out), and how many cache entries it evicted. */
  record Searched<T>(Optional<T> result, long evictions) {}

  /**
   * The component search over {@code clauses} conditioned on {@code units}, building {@code
   * results}: branching by {@code ranks} when not null, else by the min-degree order; the SAT
   * oracle when {@code withOracle}. Needs a deep stack.
   */
  static <T> Searched<T> search(
      int numVars,
      int[][] clauses,
      int[] units,
      ComponentSearch.Limits limits,
      boolean withOracle,
      int[] ranks,
      Tuning tuning,
      SearchResults<T> results) {
    ClauseState state = new ClauseState(numVars, clauses);
    int[] order =
        ranks != null
            ? ranks
            : EliminationOrder.ranks(
                numVars, clauses, limits.deadline(), MAX_RANKED_VARS, withOracle);
    SatOracle oracle = withOracle ? new SatOracle(numVars, clauses, limits.deadline()) : null;
    ComponentSearch<T> search =
        new ComponentSearch<>(state, order, units.length, limits, oracle, tuning, results);
    try {
      return new Searched<>(Optional.of(search.compileRoot(units)), search.evictions());
    } catch (ComponentSearch.BudgetSpent e) {
      return new Searched<>(Optional.empty(), search.evictions());
    }
  }
}
