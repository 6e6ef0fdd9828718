package dev.atelier.engine.session;

import org.logicng.collections.LNGIntVector;
import org.logicng.datastructures.Tristate;
import org.logicng.handlers.SATHandler;
import org.logicng.solvers.sat.MiniSat2Solver;
import org.logicng.solvers.sat.MiniSatConfig;

/**
 * LogicNG's MiniSat with two additions. A selection order set directly in solver literals: the
 * solver decides the listed literals first, in order, each with the listed polarity (LogicNG only
 * exposes this for named variables; ours are anonymous). And, with {@code keepTrail}, assumption
 * levels kept between calls: LogicNG cancels to level 0 after every call, so each call assumes and
 * propagates all its assumptions again; here the levels of the assumptions (one level per
 * assumption, all propagated) stay after a satisfiable or unsatisfiable answer, and the next call
 * backtracks only to the longest prefix its assumptions share with them. Clauses are added at level
 * 0 ({@link #backtrackAll} first). Not thread-safe.
 */
final class SteerableMiniSat extends MiniSat2Solver {

  private final boolean keepTrail;
  // The assumptions of the levels kept from the last call (level k + 1 holds kept[k]).
  private int[] kept = new int[0];
  // Set once the last call finished solving: its final cancelUntil(0) keeps assumption levels.
  private boolean finishing;
  private final Counters counters = new Counters();

  /** Work counters (for the trace and the measurements): calls and trail assignments. */
  static final class Counters {
    long calls;
    // Assignments made at decision levels up to the number of assumptions (the descent).
    long descent;
    // Assignments made above them (the search for a model).
    long search;
    // Assumption levels a call found kept from the call before.
    long reusedLevels;
    // CPU time inside the calls (only measured with the trace on).
    long solveNanos;

    void reset() {
      calls = 0;
      descent = 0;
      search = 0;
      reusedLevels = 0;
      solveNanos = 0;
    }

    @Override
    public String toString() {
      return "calls "
          + calls
          + " descent "
          + descent
          + " search "
          + search
          + " reusedLevels "
          + reusedLevels
          + " solveMs "
          + solveNanos / 1_000_000;
    }
  }

  SteerableMiniSat(MiniSatConfig config, boolean keepTrail) {
    super(config);
    this.keepTrail = keepTrail;
  }

  Counters counters() {
    return counters;
  }

  /** Decide these solver literals first, in this order (empty: back to activity order). */
  void decideFirst(int[] solverLits) {
    selectionOrder.clear();
    for (int lit : solverLits) {
      selectionOrder.push(lit);
    }
  }

  /** Back to level 0 (before clauses are added). */
  void backtrackAll() {
    finishing = false;
    kept = new int[0];
    cancelUntil(0);
  }

  @Override
  public Tristate solve(SATHandler handler, LNGIntVector assumps) {
    counters.calls++;
    if (keepTrail) {
      int common = 0;
      int limit = Math.min(Math.min(kept.length, assumps.size()), decisionLevel());
      while (common < limit && kept[common] == assumps.get(common)) {
        common++;
      }
      cancelUntil(common);
      counters.reusedLevels += common;
      kept = new int[0];
    }
    Tristate status = super.solve(new Finishing(handler), assumps);
    finishing = false;
    return status;
  }

  @Override
  protected void cancelUntil(int level) {
    if (finishing && level == 0) {
      // The end of a call: keep the assumption levels when the answer is known (all of them are
      // propagated then); an interrupted call may have left a literal unpropagated.
      finishing = false;
      int keep = canceledByHandler ? 0 : Math.min(decisionLevel(), assumptions.size());
      kept = new int[keep];
      for (int k = 0; k < keep; k++) {
        kept[k] = assumptions.get(k);
      }
      super.cancelUntil(keep);
      return;
    }
    super.cancelUntil(level);
  }

  @Override
  protected void uncheckedEnqueue(int lit, org.logicng.solvers.datastructures.MSClause reason) {
    if (decisionLevel() <= assumptions.size()) {
      counters.descent++;
    } else {
      counters.search++;
    }
    super.uncheckedEnqueue(lit, reason);
  }

  /** Tells the solver that the call finished (its next cancelUntil(0) is the final one). */
  private final class Finishing implements SATHandler {
    private final SATHandler inner;

    Finishing(SATHandler inner) {
      this.inner = inner;
    }

    @Override
    public boolean aborted() {
      return inner != null && inner.aborted();
    }

    @Override
    public void started() {
      if (inner != null) {
        inner.started();
      }
    }

    @Override
    public boolean detectedConflict() {
      return inner == null || inner.detectedConflict();
    }

    @Override
    public void finishedSolving() {
      if (inner != null) {
        inner.finishedSolving();
      }
      finishing = keepTrail;
    }
  }
}
