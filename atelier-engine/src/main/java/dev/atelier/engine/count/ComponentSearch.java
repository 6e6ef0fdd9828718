package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The compiler's search: exhaustive DPLL over {@link ClauseState}, splitting each branch's residual
 * clauses into components ({@link LinkSplitter}; {@link ComponentSplitter} with {@code
 * -Datelier.count.split=old}) and caching each component's result ({@link ResultCache}): a DNNF
 * node or only a count ({@link SearchResults}); a {@link SatOracle}, when given, cuts branches
 * without models on large components. Throws {@link BudgetSpent} when a budget runs out. Not
 * thread-safe; one per compilation.
 *
 * @param <T> a component's result
 */
final class ComponentSearch<T> {
  // -Datelier.count.oracle=first: ask the oracle before propagating a branch (session 11).
  private static final boolean ORACLE_FIRST =
      "first".equals(System.getProperty("atelier.count.oracle"));

  // -Datelier.count.probe=on|all: failed-literal tests after each branch (FailedLiterals; off as in
  // sessions 10-20 by default, measured in session 21).
  static final boolean PROBE = !"off".equals(System.getProperty("atelier.count.probe", "off"));

  private final ClauseState state;
  private final FailedLiterals probes;
  // -Datelier.count.stats=true: the search's component figures on standard error (session 20).
  private static final boolean STATS = Boolean.getBoolean("atelier.count.stats");
  // decisions, hits, splits, split vars, parts, closed, empty components, conflicts of propagation
  private final long[] stats = new long[8];

  private final ComponentSplitter clauseSplitter;
  private final LinkSplitter linkSplitter;
  private final ResultCache<T> cache;
  private final SearchResults<T> results;
  private final Limits limits;
  private int steps;
  // The root units and the branch literals on the current path (the oracle's assumptions).
  private final int[] decisions;
  private int decisionCount;
  private final SatOracle oracle;
  private final int minOracleVars;
  // Whether results has closed forms (SearchResults.oneClause), and its scratch arrays.
  private final boolean closedForms;
  private final int[] signSeen;
  private final int[] signOf;
  private int signStamp;

  /** When to give up: a deadline, a stop signal and a node count (for the DNNF's nodes). */
  record Limits(Deadline deadline, BooleanSupplier stop, int maxNodes) {}

  ComponentSearch(
      ClauseState state,
      int[] ranks,
      int unitCount,
      Limits limits,
      SatOracle oracle,
      DnnfCompiler.Tuning tuning,
      SearchResults<T> results) {
    this.state = state;
    this.probes = tuning.probe() ? new FailedLiterals(state, ranks) : null;
    this.results = results;
    this.closedForms = results.oneClause(1, false) != null;
    this.signSeen = closedForms ? new int[state.value.length] : null;
    this.signOf = closedForms ? new int[state.value.length] : null;
    this.limits = limits;
    this.oracle = oracle;
    this.minOracleVars = tuning.minOracleVars();
    this.decisions = new int[state.value.length + unitCount];
    this.cache = results.cache(state.clauses, tuning.cacheBytes());
    this.clauseSplitter =
        tuning.clauseSplit()
            ? new ComponentSplitter(
                state.clauses, state.varClauses, state.value, state.satCount, ranks)
            : null;
    this.linkSplitter =
        tuning.clauseSplit()
            ? null
            : new LinkSplitter(
                state.clauses,
                state.value,
                state.satCount,
                ranks,
                tuning.cliques() && ranks != null);
  }

  /** Entries the component cache evicted so far. */
  long evictions() {
    return cache.evictions();
  }

  /** The result of the clauses conditioned on {@code units} over all their variables. */
  T compileRoot(int[] units) {
    int numVars = state.value.length - 1;
    boolean ok = true;
    for (int lit : units) {
      ok = ok && state.enqueue(lit);
      decisions[decisionCount++] = lit;
    }
    for (int[] clause : state.clauses) {
      if (clause.length == 0) {
        ok = false;
      } else if (clause.length == 1) {
        ok = ok && state.enqueue(clause[0]);
      }
    }
    ok =
        ok && state.propagate() && (oracle == null || oracle.satisfiable(decisions, decisionCount));
    int[] all = new int[state.clauses.length];
    for (int k = 0; k < all.length; k++) {
      all[k] = k;
    }
    int[] vars = new int[numVars];
    for (int v = 1; v <= numVars; v++) {
      vars[v - 1] = v;
    }
    if (!ok) {
      return results.none();
    }
    try {
      return branchBody(all, vars, 0);
    } finally {
      if (STATS) {
        System.err.printf(
            "search: decisions %d, cache hits %d, splits %d (mean %.1f vars, %.2f parts),"
                + " closed forms %d, evictions %d, empty components %d, propagation conflicts %d,"
                + " probes %d, implied %d%n",
            stats[0],
            stats[1],
            stats[2],
            stats[3] / Math.max(1.0, stats[2]),
            stats[4] / Math.max(1.0, stats[2]),
            stats[5],
            cache.evictions(),
            stats[6],
            stats[7],
            probes == null ? 0 : probes.tried(),
            probes == null ? 0 : probes.found());
      }
    }
  }

  /**
   * After the assignments from trail position {@code from} on: an AND node of those literals, the
   * variables of {@code vars} that became free, and the remaining components of {@code comp}.
   */
  private T branchBody(int[] comp, int[] vars, int from) {
    int[] fixed = state.assignedSince(from);
    ComponentSplitter.Split split =
        clauseSplitter != null ? clauseSplitter.split(comp, vars) : linkSplitter.split(comp, vars);
    List<ComponentSplitter.Part> parts = split.parts();
    stats[2]++;
    stats[3] += vars.length;
    stats[4] += parts.size();
    List<T> kids = new ArrayList<>(parts.size());
    for (ComponentSplitter.Part part : parts) {
      T kid = compileComponent(part);
      if (results.isNone(kid)) {
        return kid;
      }
      kids.add(kid);
    }
    return results.and(fixed, split.freeVars(), kids);
  }

  private T compileComponent(ComponentSplitter.Part part) {
    T closed = part.clauses().length == 1 ? oneClause(part) : null;
    if (closed != null) {
      stats[5]++;
      return closed;
    }
    Object key = cache.key(part.clauses(), part.vars());
    T cached = cache.get(key);
    if (cached != null) {
      stats[1]++;
      return cached;
    }
    if (results.spent()
        || (++steps & 255) == 0 && (limits.deadline().expired() || limits.stop().getAsBoolean())) {
      throw new BudgetSpent();
    }
    stats[0]++;
    int v = part.branchVar();
    boolean ask = oracle != null && part.vars().length >= minOracleVars;
    T hi = branch(part.clauses(), part.vars(), v, ask);
    T lo = branch(part.clauses(), part.vars(), -v, ask);
    T result = results.decision(hi, lo);
    stats[6] += results.isNone(result) ? 1 : 0;
    cache.put(key, result);
    return result;
  }

  /**
   * The closed form of a component that is its one open clause (no other clause, no binary link
   * between its variables: its variables are the clause's unassigned ones), or null. Branching on
   * such a clause of k literals would split k nested components, each in time linear in its size.
   */
  private T oneClause(ComponentSplitter.Part part) {
    if (!closedForms || linkSplitter != null && !linkSplitter.linkFree(part.vars())) {
      return null;
    }
    int stamp = ++signStamp;
    boolean tautology = false;
    for (int lit : state.clauses[part.clauses()[0]]) {
      int v = Math.abs(lit);
      if (state.value[v] == 0) {
        tautology |= signSeen[v] == stamp && signOf[v] != lit;
        signSeen[v] = stamp;
        signOf[v] = lit;
      }
    }
    return results.oneClause(part.vars().length, tautology);
  }

  /**
   * The branch of {@code lit}: propagated first, and only when that finds no conflict is the oracle
   * asked (a conflict of unit propagation is far cheaper to find here than by a solver call, which
   * assumes and propagates the whole decision path again).
   */
  private T branch(int[] comp, int[] vars, int lit, boolean ask) {
    decisions[decisionCount++] = lit;
    T node = results.none();
    if (ORACLE_FIRST && ask && !asked()) {
      decisionCount--;
      return node;
    }
    int from = state.trailSize();
    boolean propagated =
        state.enqueue(lit) && state.propagate() && (probes == null || probes.probe(from));
    stats[7] += propagated ? 0 : 1;
    if (propagated && (ORACLE_FIRST || !ask || asked())) {
      node = branchBody(comp, vars, from);
    }
    state.undo(from);
    decisionCount--;
    return node;
  }

  private boolean asked() {
    return oracle == null || oracle.satisfiable(decisions, decisionCount);
  }

  /** A budget ran out; the compilation has no result. */
  static final class BudgetSpent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetSpent() {
      super(null, null, false, false);
    }
  }
}
