package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import org.logicng.collections.LNGBooleanVector;
import org.logicng.collections.LNGIntVector;
import org.logicng.datastructures.Tristate;
import org.logicng.handlers.TimeoutHandler;
import org.logicng.handlers.TimeoutSATHandler;
import org.logicng.solvers.sat.MiniSat2Solver;
import org.logicng.solvers.sat.MiniSatConfig;
import org.logicng.solvers.sat.MiniSatStyleSolver;

/**
 * A SAT oracle for the compiler's branches: LogicNG's MiniSat loaded once with the CNF, asked under
 * assumptions (the compiler's decisions) whether a branch has any model before the compiler
 * explores it. A DPLL compiler without learning can spend exponential time proving a branch empty;
 * MiniSat learns clauses across calls and answers such a question in one search. The last model
 * found is kept as a witness: a branch the witness satisfies needs no call, so each decision costs
 * at most one call (for the polarity the witness does not take). Not thread-safe; one per
 * compilation.
 */
final class SatOracle {
  private final MiniSat2Solver solver;
  private final boolean[] witness;
  private boolean hasWitness;
  private final Deadline deadline;
  private long calls;

  SatOracle(int numVars, int[][] clauses, Deadline deadline) {
    this.deadline = deadline;
    this.witness = new boolean[numVars + 1];
    this.solver = loaded(numVars, clauses);
  }

  /** A MiniSat with variables 1..numVars (solver variables 0..numVars-1) and the clauses. */
  static MiniSat2Solver loaded(int numVars, int[][] clauses) {
    MiniSat2Solver solver = new MiniSat2Solver(MiniSatConfig.builder().build());
    for (int v = 0; v < numVars; v++) {
      solver.newVar(true, true);
    }
    for (int[] clause : clauses) {
      LNGIntVector c = new LNGIntVector(clause.length);
      for (int lit : clause) {
        c.push(toSolver(lit));
      }
      solver.addClause(c, null);
    }
    return solver;
  }

  /**
   * Whether the CNF has a model in which every literal of {@code assumed[0..size)} holds. A passed
   * deadline answers true (the compiler then explores the branch and notices the deadline itself).
   */
  boolean satisfiable(int[] assumed, int size) {
    if (hasWitness && witnessSatisfies(assumed, size)) {
      return true;
    }
    if (deadline.expired()) {
      return true;
    }
    calls++;
    LNGIntVector vec = new LNGIntVector(size);
    for (int i = 0; i < size; i++) {
      vec.push(toSolver(assumed[i]));
    }
    Tristate result =
        solver.solve(
            new TimeoutSATHandler(deadline.epochMillis(), TimeoutHandler.TimerType.FIXED_END), vec);
    if (result == Tristate.TRUE) {
      LNGBooleanVector model = solver.model();
      for (int v = 1; v < witness.length; v++) {
        witness[v] = model.get(v - 1);
      }
      hasWitness = true;
    }
    return result != Tristate.FALSE;
  }

  /** How many times the solver was asked (witness hits not counted). */
  long calls() {
    return calls;
  }

  private boolean witnessSatisfies(int[] assumed, int size) {
    for (int i = 0; i < size; i++) {
      int lit = assumed[i];
      if (witness[Math.abs(lit)] != lit > 0) {
        return false;
      }
    }
    return true;
  }

  static int toSolver(int lit) {
    return MiniSatStyleSolver.mkLit(Math.abs(lit) - 1, lit < 0);
  }
}
