package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.List;
import org.logicng.datastructures.Tristate;

/**
 * Whether a list of decisions keeps the configuration completable: the clique tree answers when it
 * can, otherwise the session's solver. The one check every accepted decision list passes.
 */
final class DecisionCheck {
  private DecisionCheck() {}

  /**
   * {@code next} when it has a valid completion; REFUSED (naming its last decision) when it has
   * none; a timeout when {@code deadline} passes first.
   */
  static Result<List<Decision>> completable(
      CompiledModel model,
      SatSolver solver,
      DecisionResolver resolver,
      List<Decision> next,
      Deadline deadline) {
    int[] lits = resolver.literals(next);
    Tristate t = TreeCheck.orSat(model, solver, lits, deadline);
    if (t == Tristate.UNDEF) {
      return Result.failed(Failure.timedOut("checking the decisions"));
    }
    if (t == Tristate.FALSE) {
      Decision last = next.isEmpty() ? null : next.get(next.size() - 1);
      return Result.failed(
          Failure.Kind.REFUSED,
          (last == null
                  ? "the model admits no configuration"
                  : last + " is not possible with " + "the other decisions")
              + "; explain() says why and how to get it");
    }
    return Result.ok(next);
  }
}
