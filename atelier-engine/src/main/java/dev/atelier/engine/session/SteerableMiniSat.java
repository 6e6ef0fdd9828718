package dev.atelier.engine.session;

import org.logicng.solvers.sat.MiniSat2Solver;
import org.logicng.solvers.sat.MiniSatConfig;

/**
 * LogicNG's MiniSat with a selection order set directly in solver literals: the solver decides the
 * listed literals first, in order, each with the listed polarity. LogicNG only exposes this for
 * named variables; our variables are anonymous. Not thread-safe.
 */
final class SteerableMiniSat extends MiniSat2Solver {

  SteerableMiniSat(MiniSatConfig config) {
    super(config);
  }

  /** Decide these solver literals first, in this order (empty: back to activity order). */
  void decideFirst(int[] solverLits) {
    selectionOrder.clear();
    for (int lit : solverLits) {
      selectionOrder.push(lit);
    }
  }
}
