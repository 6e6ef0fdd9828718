package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Compiles a CNF into a {@link DecisionDnnf} by exhaustive DPLL with unit propagation, splitting
 * into independent components and caching each component's node (the trace of a component-caching
 * model counter). It branches on the variable that a min-degree elimination order of the primal
 * graph eliminates last (the top of the implied tree decomposition), which splits components early:
 * on automotive01 that makes 4,849 nodes instead of 87,059 with the most-occurrences rule, used
 * when there is no order. Gives up when the deadline passes or the node budget is spent. Not
 * thread-safe; one compilation per instance.
 */
public final class DnnfCompiler {
  // The elimination order's adjacency bit matrix takes numVars^2 / 8 bytes: 25 MiB at this size.
  private static final int MAX_RANKED_VARS = 20_000;
  // Components this small are cheaper to explore than to ask the SAT oracle about: on product
  // documentation the oracle's calls were 55-70 % of the time at widths 37-54 and pruned nothing
  // that propagation did not (same nodes); 1,000 counted the 35 held-back-sized instances with a
  // median of 2.2 s CPU against 3.0 s at session 11's 24 (-Datelier.count.oracleVars=24).
  private static final int MIN_ORACLE_VARS = Integer.getInteger("atelier.count.oracleVars", 1000);
  // The heap the component cache and the nodes may take: past the nodes' share the compilation
  // gives up (a result, not an OutOfMemoryError); past the cache's, old entries are evicted.
  private static final long HEAP = Runtime.getRuntime().maxMemory();
  private static final long CACHE_BYTES =
      Long.getLong("atelier.count.cacheMiB", HEAP / 4 >> 20) << 20;
  private static final long NODE_BYTES = HEAP / 3;
  // -Datelier.count.oracle=first: ask the oracle before propagating a branch (session 11).
  private static final boolean ORACLE_FIRST =
      "first".equals(System.getProperty("atelier.count.oracle"));

  private final int numVars;
  private final int[][] clauses;
  private final int[][] occurrences; // by DecisionDnnf.index(lit): the clauses containing lit
  private final int[][] varClauses; // by variable: the clauses mentioning it
  private final byte[] value; // +1 true, -1 false, 0 unassigned
  private final int[] satCount;
  private final int[] falseCount;
  private final int[] trail;
  private int trailSize;
  private int processed;
  private final ComponentSplitter splitter;
  private final ComponentCache cache;
  private final DnnfNodes nodes = new DnnfNodes();
  private final Deadline deadline;
  private final BooleanSupplier stop;
  private final int maxNodes;
  private int steps;
  // The root units and the branch literals on the current path (the oracle's assumptions).
  private final int[] decisions;
  private int decisionCount;
  private final SatOracle oracle;
  private final int minOracleVars;

  /** The cache's bound in bytes and the smallest component the oracle is asked about. */
  private record Tuning(long cacheBytes, int minOracleVars) {
    static final Tuning DEFAULT = new Tuning(CACHE_BYTES, MIN_ORACLE_VARS);
  }

  private DnnfCompiler(
      int numVars,
      int[][] clauses,
      int unitCount,
      Deadline deadline,
      int maxNodes,
      BooleanSupplier stop,
      boolean withOracle,
      int[] ranks,
      Tuning tuning) {
    this.stop = stop;
    this.minOracleVars = tuning.minOracleVars();
    this.decisions = new int[numVars + unitCount + 1];
    this.oracle = withOracle ? new SatOracle(numVars, clauses, deadline) : null;
    this.numVars = numVars;
    this.clauses = clauses;
    this.deadline = deadline;
    this.maxNodes = maxNodes;
    this.cache = new ComponentCache(clauses, tuning.cacheBytes());
    int[] counts = new int[2 * numVars + 2];
    int[] varCounts = new int[numVars + 1];
    for (int[] clause : clauses) {
      for (int lit : clause) {
        counts[DecisionDnnf.index(lit)]++;
        varCounts[Math.abs(lit)]++;
      }
    }
    occurrences = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      occurrences[i] = new int[counts[i]];
    }
    varClauses = new int[numVars + 1][];
    for (int v = 0; v <= numVars; v++) {
      varClauses[v] = new int[varCounts[v]];
    }
    int[] fill = new int[counts.length];
    int[] varFill = new int[numVars + 1];
    for (int k = 0; k < clauses.length; k++) {
      for (int lit : clauses[k]) {
        int i = DecisionDnnf.index(lit);
        occurrences[i][fill[i]++] = k;
        int v = Math.abs(lit);
        varClauses[v][varFill[v]++] = k;
      }
    }
    value = new byte[numVars + 1];
    satCount = new int[clauses.length];
    falseCount = new int[clauses.length];
    trail = new int[numVars + 1];
    splitter =
        new ComponentSplitter(
            clauses,
            varClauses,
            value,
            satCount,
            ranks != null
                ? ranks
                : EliminationOrder.ranks(numVars, clauses, deadline, MAX_RANKED_VARS, withOracle));
  }

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
    DnnfCompiler c =
        new DnnfCompiler(
            numVars,
            clauses,
            units.length,
            deadline,
            maxNodes,
            stop,
            withOracle,
            ranks,
            Tuning.DEFAULT);
    try {
      return Optional.of(c.compileRoot(units));
    } catch (BudgetSpent e) {
      return Optional.empty();
    }
  }

  /**
   * As {@link #compile(int, int[][], int[], Deadline, int)} with the SAT oracle asked on components
   * of at least {@code minOracleVars} variables (tests ask it on small CNFs).
   */
  static Optional<DecisionDnnf> compileWithOracle(
      int numVars, int[][] clauses, int[] units, int maxNodes, int minOracleVars) {
    DnnfCompiler c =
        new DnnfCompiler(
            numVars,
            clauses,
            units.length,
            Deadline.none(),
            maxNodes,
            () -> false,
            true,
            null,
            new Tuning(CACHE_BYTES, minOracleVars));
    try {
      return Optional.of(c.compileRoot(units));
    } catch (BudgetSpent e) {
      return Optional.empty();
    }
  }

  /** What a compilation with a given cache bound made, and how many cache entries it evicted. */
  record Bounded(Optional<DecisionDnnf> dnnf, long evictions) {}

  /**
   * As {@link #compile(int, int[][], int[], Deadline, int)} (no oracle, min-degree order), its
   * component cache bounded to about {@code cacheBytes}.
   */
  static Bounded compileWithCache(
      int numVars, int[][] clauses, int[] units, int maxNodes, long cacheBytes) {
    DnnfCompiler c =
        new DnnfCompiler(
            numVars,
            clauses,
            units.length,
            Deadline.none(),
            maxNodes,
            () -> false,
            false,
            null,
            new Tuning(cacheBytes, MIN_ORACLE_VARS));
    try {
      return new Bounded(Optional.of(c.compileRoot(units)), c.cache.evictions());
    } catch (BudgetSpent e) {
      return new Bounded(Optional.empty(), c.cache.evictions());
    }
  }

  private DecisionDnnf compileRoot(int[] units) {
    boolean ok = true;
    for (int lit : units) {
      ok = ok && enqueue(lit);
      decisions[decisionCount++] = lit;
    }
    for (int[] clause : clauses) {
      if (clause.length == 0) {
        ok = false;
      } else if (clause.length == 1) {
        ok = ok && enqueue(clause[0]);
      }
    }
    ok = ok && propagate() && (oracle == null || oracle.satisfiable(decisions, decisionCount));
    int[] all = new int[clauses.length];
    for (int k = 0; k < all.length; k++) {
      all[k] = k;
    }
    int root = ok ? branchBody(all, allVars(), 0) : 0;
    return root == 0 ? DnnfNodes.unsatisfiable(numVars) : nodes.build(numVars);
  }

  private int[] allVars() {
    int[] vars = new int[numVars];
    for (int v = 1; v <= numVars; v++) {
      vars[v - 1] = v;
    }
    return vars;
  }

  /**
   * After the assignments from trail position {@code from} on: an AND node of those literals, the
   * variables of {@code vars} that became free, and the remaining components of {@code comp}.
   */
  private int branchBody(int[] comp, int[] vars, int from) {
    int[] fixed = Arrays.copyOfRange(trail, from, trailSize);
    ComponentSplitter.Split split = splitter.split(comp, vars);
    List<ComponentSplitter.Part> parts = split.parts();
    int[] kids = new int[parts.size()];
    for (int p = 0; p < kids.length; p++) {
      kids[p] = compileComponent(parts.get(p));
      if (kids[p] == 0) {
        return 0;
      }
    }
    return nodes.and(fixed, split.freeVars(), kids);
  }

  private int compileComponent(ComponentSplitter.Part part) {
    ComponentCache.Key key = cache.key(part.clauses(), part.vars());
    Integer cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    if (nodes.size() > maxNodes
        || nodes.bytes() > NODE_BYTES
        || (++steps & 255) == 0 && (deadline.expired() || stop.getAsBoolean())) {
      throw new BudgetSpent();
    }
    int v = part.branchVar();
    boolean ask = oracle != null && part.vars().length >= minOracleVars;
    int hi = branch(part.clauses(), part.vars(), v, ask);
    int lo = branch(part.clauses(), part.vars(), -v, ask);
    int node = hi == 0 ? lo : lo == 0 ? hi : nodes.decision(hi, lo);
    cache.put(key, node);
    return node;
  }

  /**
   * The branch of {@code lit}: propagated first, and only when that finds no conflict is the oracle
   * asked (a conflict of unit propagation is far cheaper to find here than by a solver call, which
   * assumes and propagates the whole decision path again).
   */
  private int branch(int[] comp, int[] vars, int lit, boolean ask) {
    decisions[decisionCount++] = lit;
    int node = 0;
    if (ORACLE_FIRST && ask && !oracle.satisfiable(decisions, decisionCount)) {
      decisionCount--;
      return 0;
    }
    int from = trailSize;
    if (enqueue(lit)
        && propagate()
        && (ORACLE_FIRST || !ask || oracle.satisfiable(decisions, decisionCount))) {
      node = branchBody(comp, vars, from);
    }
    undo(from);
    decisionCount--;
    return node;
  }

  private boolean enqueue(int lit) {
    int v = Math.abs(lit);
    byte sign = (byte) (lit > 0 ? 1 : -1);
    if (value[v] != 0) {
      return value[v] == sign;
    }
    value[v] = sign;
    trail[trailSize++] = lit;
    return true;
  }

  /** Unit propagation with per-clause counters; false on a conflict. */
  private boolean propagate() {
    boolean ok = true;
    while (ok && processed < trailSize) {
      int lit = trail[processed++];
      for (int k : occurrences[DecisionDnnf.index(lit)]) {
        satCount[k]++;
      }
      // Finish the counters of this literal even after a conflict, so that undo is exact.
      for (int k : occurrences[DecisionDnnf.index(-lit)]) {
        falseCount[k]++;
        if (ok && satCount[k] == 0 && falseCount[k] >= clauses[k].length - 1) {
          ok = unit(k);
        }
      }
    }
    return ok;
  }

  private boolean unit(int k) {
    for (int l : clauses[k]) {
      int v = Math.abs(l);
      if (value[v] == 0) {
        return enqueue(l);
      }
      if (value[v] == (l > 0 ? 1 : -1)) {
        return true;
      }
    }
    return false;
  }

  private void undo(int to) {
    while (trailSize > to) {
      int lit = trail[--trailSize];
      if (trailSize < processed) {
        for (int k : occurrences[DecisionDnnf.index(lit)]) {
          satCount[k]--;
        }
        for (int k : occurrences[DecisionDnnf.index(-lit)]) {
          falseCount[k]--;
        }
      }
      value[Math.abs(lit)] = 0;
    }
    processed = Math.min(processed, to);
  }

  private static final class BudgetSpent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetSpent() {
      super(null, null, false, false);
    }
  }
}
