package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.CliqueConsistency;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.TableCsp;
import dev.atelier.engine.result.Deadline;
import java.util.Optional;
import org.logicng.datastructures.Tristate;

/**
 * Whether literals can hold together, answered by a table model's clique tree once it is ready
 * ({@link CliqueConsistency}: the rows the literals kill, no SAT call), for the checks a session
 * makes on a decision and an explanation on a subset of decisions. Stateless.
 */
final class TreeCheck {
  private TreeCheck() {}

  /**
   * The tree's answer (UNDEF at the deadline), or empty when there is no ready tree or a literal is
   * not a value or set literal: then the caller asks SAT.
   */
  static Optional<Tristate> consistent(CompiledModel model, int[] lits, Deadline deadline) {
    Optional<TableCsp> csp = model.tableCsp();
    if (csp.isEmpty()) {
      return Optional.empty();
    }
    Optional<CliqueTree> tree = model.tables().now();
    if (tree.isEmpty()) {
      return Optional.empty();
    }
    return CliqueConsistency.consistent(tree.get(), csp.get(), lits, deadline)
        .map(r -> !r.isOk() ? Tristate.UNDEF : r.orThrow() ? Tristate.TRUE : Tristate.FALSE);
  }

  /** Whether {@code lits} can hold together: the tree's answer, else {@code solver}'s. */
  static Tristate orSat(CompiledModel model, SatSolver solver, int[] lits, Deadline deadline) {
    return consistent(model, lits, deadline).orElseGet(() -> solver.solve(lits, deadline));
  }
}
