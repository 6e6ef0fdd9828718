package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.logicng.datastructures.Tristate;

/**
 * The optimal completion behind a repair, with each retracted number moved as little as the optimum
 * allows: among the completions as good as the optimal one (same penalty: the same cheapest total),
 * the one whose retracted integers are nearest their old values, attribute by attribute in the
 * order retracted (the larger value on a tie). A picture too large for 150 dpi at 30 mm is repaired
 * to 25 mm, the largest sharp size, not to the 5 mm an optimizer happens to pick among sizes that
 * cost the same. What is returned is always one optimal completion of {@code hard} and the wanted
 * value, so the repair it gives is consistent and as cheap as before; when time or the call budget
 * runs out, the moves found so far stand. Stateless.
 */
final class NearestRepair {
  /**
   * Optimizer calls per repair spent on moving numbers (beyond the first completion); {@code
   * -Datelier.repair.nearestCalls=0} gives the first optimal completion as it is (before the
   * nearest repair), for measuring what the moves cost. Read per repair.
   */
  private static final String CALLS_PROPERTY = "atelier.repair.nearestCalls";

  private static final int MAX_CALLS = 4;

  private NearestRepair() {}

  /**
   * An optimal completion of {@code hard} with {@code target} for {@code objective}, with the
   * numbers of {@code retract} (other than {@code wanted}'s attribute) as near their old values as
   * an equally good completion allows.
   */
  static Result<Completion> complete(
      CompiledModel model,
      DecisionResolver resolver,
      SatSolver solver,
      List<Decision> hard,
      int target,
      List<Decision> retract,
      String wanted,
      Objective objective,
      Deadline deadline) {
    Optimizer optimizer = new Optimizer(model, solver);
    Result<Completion> first =
        optimizer.complete(
            DecisionResolver.plus(resolver.literals(hard), target), objective, deadline);
    if (!first.isOk()) {
      return first;
    }
    Completion best = first.orThrow();
    List<Decision> pinned = new ArrayList<>(hard);
    int maxCalls = Integer.getInteger(CALLS_PROPERTY, MAX_CALLS);
    int calls = 0;
    for (Decision r : retract) {
      List<String> nearer = nearer(model, r, best, wanted);
      for (String v : nearer) {
        if (calls >= maxCalls || deadline.expired()) {
          return Result.ok(best);
        }
        List<Decision> trial = new ArrayList<>(pinned);
        trial.add(new Decision(r.attribute(), v));
        int[] lits = DecisionResolver.plus(resolver.literals(trial), target);
        Tristate t = solver.solve(lits, deadline);
        if (t == Tristate.UNDEF) {
          return Result.ok(best);
        }
        if (t == Tristate.FALSE) {
          continue;
        }
        calls++;
        Result<Completion> c = optimizer.complete(lits, objective, deadline);
        if (c.isOk() && c.orThrow().penalty() == best.penalty()) {
          best = c.orThrow();
          pinned = trial;
          break;
        }
      }
    }
    return Result.ok(best);
  }

  /**
   * The values of {@code r}'s attribute strictly nearer its old value than the completion's, the
   * nearest first (the larger on a tie); empty for an attribute that is not an integer, the wanted
   * attribute, or a number the completion leaves unset.
   */
  private static List<String> nearer(
      CompiledModel model, Decision r, Completion best, String wanted) {
    int index = model.variables().indexOf(r.attribute());
    if (index < 0 || r.attribute().equals(wanted)) {
      return List.of();
    }
    Attribute a = model.variables().attributes().get(index);
    String now = best.configuration().values().get(r.attribute());
    if (!(a instanceof IntegerAttribute) || now == null || !numeric(r.value()) || !numeric(now)) {
      return List.of();
    }
    long old = Long.parseLong(r.value());
    long distance = Math.abs(Long.parseLong(now) - old);
    List<String> out = new ArrayList<>();
    for (String v : a.valueIds()) {
      long d = Math.abs(Long.parseLong(v) - old);
      if (d > 0 && d < distance) {
        out.add(v);
      }
    }
    out.sort(
        Comparator.comparingLong((String v) -> Math.abs(Long.parseLong(v) - old))
            .thenComparing(v -> -Long.parseLong(v)));
    return out;
  }

  private static boolean numeric(String value) {
    return value.matches("-?[0-9]{1,18}");
  }
}
