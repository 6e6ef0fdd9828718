package dev.atelier.engine.session;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.result.Deadline;
import org.logicng.collections.LNGBooleanVector;
import org.logicng.collections.LNGIntVector;
import org.logicng.datastructures.Tristate;
import org.logicng.handlers.TimeoutHandler;
import org.logicng.handlers.TimeoutSATHandler;
import org.logicng.solvers.sat.MiniSatConfig;
import org.logicng.solvers.sat.MiniSatStyleSolver;

/**
 * An incremental LogicNG MiniSat loaded with a compiled CNF, spoken to in DIMACS-style literals.
 * With selectors, each clause group gets a selector variable so that rules can be switched on and
 * off by assumptions (for explanations). Not thread-safe; one per session.
 */
final class SatSolver {
  // -Datelier.sat.trace=true: the SAT calls of each valid-domain computation go to stderr.
  static final boolean TRACE = SatTrace.ON;
  // -Datelier.trail=old: every call starts from level 0 (LogicNG's behaviour), for old-vs-new runs;
  // otherwise the levels of the assumptions a call shares with the last call are kept.
  static final boolean KEEP_TRAIL = !"old".equals(System.getProperty("atelier.trail"));
  // -Datelier.sat.lazy=false: the clauses are loaded when the session starts (the old path), not
  // at the first SAT call; sessions answered by the clique tree or the decision-DNNF make none.
  static final boolean LAZY = !"false".equals(System.getProperty("atelier.sat.lazy"));
  private final boolean selectors;
  private SteerableMiniSat solver; // null until the first call that needs it
  private final int numVars;
  private final int groupCount;
  private final int firstSelectable;
  private final Cnf cnf;
  private final boolean[] loaded;
  private int[][] clausesOfGroup;
  private LNGBooleanVector model;

  SatSolver(Cnf cnf, boolean selectors) {
    this.numVars = cnf.numVars();
    this.selectors = selectors;
    int maxGroup = -1;
    for (int g : cnf.groups()) {
      maxGroup = Math.max(maxGroup, g);
    }
    this.groupCount = selectors ? maxGroup + 1 : 0;
    // Attribute domains stay on: "one value per attribute" is not a rule a customer can relax.
    this.firstSelectable = cnf.attributeCount();
    this.cnf = cnf;
    this.loaded = new boolean[groupCount];
    if (!LAZY) {
      solver();
    }
  }

  /**
   * The MiniSat, built and loaded with the always-on clauses on first use: a table model's CNF can
   * have millions of clauses, and a session answered by the clique tree never asks SAT.
   */
  private SteerableMiniSat solver() {
    if (solver != null) {
      return solver;
    }
    solver = new SteerableMiniSat(MiniSatConfig.builder().build(), KEEP_TRAIL);
    for (int v = 0; v < numVars; v++) {
      solver.newVar(true, true);
    }
    // Selectors are never decided: assumed ones switch their rule on, the others turn false by
    // propagation only where needed. Deciding thousands of them would slow every call.
    for (int g = 0; g < groupCount; g++) {
      solver.newVar(true, false);
    }
    int[][] clauses = cnf.clauses();
    int[] groups = cnf.groups();
    for (int k = 0; k < clauses.length; k++) {
      if (!selectors || groups[k] < firstSelectable) {
        add(clauses[k], 0);
      }
    }
    return solver;
  }

  /**
   * Loads the clauses of group {@code g}, switched on by its selector (selector solvers only).
   * Groups start unloaded, which is the same as switched off: a session's explanations usually
   * involve few rules, so the solver stays small and cheap to build.
   */
  void load(int g) {
    if (loaded[g]) {
      return;
    }
    loaded[g] = true;
    if (clausesOfGroup == null) {
      clausesOfGroup = byGroup();
    }
    for (int k : clausesOfGroup[g]) {
      add(cnf.clauses()[k], -selector(g));
    }
  }

  /** The indexes (into the CNF's clauses) of group {@code g}'s clauses (selector solvers only). */
  int[] clausesOf(int g) {
    if (clausesOfGroup == null) {
      clausesOfGroup = byGroup();
    }
    return clausesOfGroup[g];
  }

  private int[][] byGroup() {
    int[] groups = cnf.groups();
    int[] counts = new int[groupCount];
    for (int g : groups) {
      if (g >= 0) {
        counts[g]++;
      }
    }
    int[][] out = new int[groupCount][];
    for (int g = 0; g < groupCount; g++) {
      out[g] = new int[counts[g]];
    }
    int[] fill = new int[groupCount];
    for (int k = 0; k < groups.length; k++) {
      if (groups[k] >= 0) {
        out[groups[k]][fill[groups[k]]++] = k;
      }
    }
    return out;
  }

  private void add(int[] lits, int guard) {
    solver().backtrackAll();
    LNGIntVector clause = new LNGIntVector(lits.length + 1);
    for (int lit : lits) {
      clause.push(toSolver(lit));
    }
    if (guard != 0) {
      clause.push(toSolver(guard));
    }
    solver().addClause(clause, null);
  }

  /** The DIMACS-style literal that switches group {@code g} on (selector solvers only). */
  int selector(int g) {
    return numVars + 1 + g;
  }

  int groupCount() {
    return groupCount;
  }

  /** The first group that has a selector (rules; attribute domains are always on). */
  int firstSelectable() {
    return firstSelectable;
  }

  /** A fresh variable beyond the compiled ones, for activation literals; DIMACS-style. */
  int newVariable() {
    solver().backtrackAll();
    return solver().newVar(true, true) + 1;
  }

  /** Adds a clause permanently (over DIMACS-style literals). */
  void addClause(int... lits) {
    add(lits, 0);
  }

  /** Makes the solver decide these DIMACS-style literals first, in order, as given. */
  void decideFirst(java.util.List<Integer> lits) {
    int[] solverLits = new int[lits.size()];
    for (int k = 0; k < solverLits.length; k++) {
      solverLits[k] = toSolver(lits.get(k));
    }
    solver().decideFirst(solverLits);
  }

  /** SAT call under assumptions; UNDEF when the deadline passed. */
  Tristate solve(int[] assumptions, Deadline deadline) {
    if (deadline.expired()) {
      return Tristate.UNDEF;
    }
    LNGIntVector vec = new LNGIntVector(assumptions.length);
    for (int lit : assumptions) {
      vec.push(toSolver(lit));
    }
    TimeoutSATHandler handler =
        new TimeoutSATHandler(deadline.epochMillis(), TimeoutHandler.TimerType.FIXED_END);
    long start = SatTrace.now();
    Tristate result = solver().solve(handler, vec);
    if (TRACE) {
      solver().counters().solveNanos += SatTrace.now() - start;
    }

    model = result == Tristate.TRUE ? solver().model() : null;
    return result;
  }

  /** The solver's work counters since the last trace. */
  SteerableMiniSat.Counters counters() {
    return solver().counters();
  }

  /**
   * With -Datelier.sat.trace=true, prints the SAT calls since the last trace (and resets). Never
   * builds the solver: a computation settled without SAT calls must not pay for loading it (until
   * session 21 this call loaded all clauses once per session, trace on or off).
   */
  void trace() {
    if (TRACE) {
      SatTrace.print(solver == null ? new SteerableMiniSat.Counters() : solver.counters());
    }
  }

  /** Whether {@code lit} is true in the model of the last satisfiable call. */
  boolean isTrue(int lit) {
    boolean value = model.get(Math.abs(lit) - 1);
    return lit > 0 ? value : !value;
  }

  /** A copy of the last model, indexed by variable (index 0 unused). */
  boolean[] modelCopy() {
    boolean[] copy = new boolean[numVars + 1];
    for (int v = 1; v <= numVars; v++) {
      copy[v] = model.get(v - 1);
    }
    return copy;
  }

  /** After an unsatisfiable call: the assumptions (as given) involved in the conflict. */
  int[] failedAssumptions() {
    LNGIntVector conflict = solver().conflict();
    int[] failed = new int[conflict.size()];
    for (int k = 0; k < conflict.size(); k++) {
      failed[k] = -fromSolver(conflict.get(k));
    }
    return failed;
  }

  private static int toSolver(int lit) {
    return MiniSatStyleSolver.mkLit(Math.abs(lit) - 1, lit < 0);
  }

  private static int fromSolver(int lit) {
    int v = MiniSatStyleSolver.var(lit) + 1;
    return MiniSatStyleSolver.sign(lit) ? -v : v;
  }
}
