package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.result.Deadline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.logicng.datastructures.Tristate;

/**
 * A repair moves a retracted number as little as it can: the value of a retracted integer attribute
 * nearest its old one (the larger on a tie) that the rules allow with what is kept (a picture too
 * large for 150 dpi at 30 mm is repaired to 25 mm, the largest sharp size, not to the cheapest
 * completion's 5 mm). Other attributes are left to the completion. Stateless.
 */
final class NearestNumbers {
  private NearestNumbers() {}

  /**
   * Adds to {@code hard} the value of {@code retracted}'s attribute nearest its old value that
   * holds with {@code hard} and {@code target} (nothing for an attribute that is not an integer, or
   * when no other value holds). False when the deadline ran out.
   */
  static boolean pin(
      CompiledModel model,
      DecisionResolver resolver,
      SatSolver solver,
      Decision retracted,
      List<Decision> hard,
      int target,
      Deadline deadline) {
    Attribute a =
        model.variables().attributes().get(model.variables().indexOf(retracted.attribute()));
    if (!(a instanceof IntegerAttribute) || !retracted.value().matches("-?[0-9]{1,18}")) {
      return true;
    }
    long old = Long.parseLong(retracted.value());
    List<String> candidates = new ArrayList<>(a.valueIds());
    candidates.remove(retracted.value());
    candidates.sort(
        Comparator.comparingLong((String v) -> Math.abs(Long.parseLong(v) - old))
            .thenComparing(v -> -Long.parseLong(v)));
    for (String v : candidates) {
      List<Decision> trial = new ArrayList<>(hard);
      trial.add(new Decision(retracted.attribute(), v));
      Tristate t = solver.solve(DecisionResolver.plus(resolver.literals(trial), target), deadline);
      if (t == Tristate.UNDEF) {
        return false;
      }
      if (t == Tristate.TRUE) {
        hard.add(trial.get(trial.size() - 1));
        return true;
      }
    }
    return true;
  }
}
