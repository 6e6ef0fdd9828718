package dev.atelier.engine.session;

import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.List;
import org.logicng.datastructures.Tristate;

/**
 * What an {@link Explainer} names as the reasons a value is refused: the rules involved ({@link
 * RulesInvolved}), the rules that make each retracted decision go, and the customer facts that
 * refuse the value on their own. Not thread-safe; one per session.
 */
final class RefusalReasons {
  // Beyond this many retracted decisions, the first ones' rules say enough.
  private static final int MAX_RETRACTIONS_EXPLAINED = 6;
  private final CompiledModel model;
  private final DecisionResolver resolver;
  private final SatSolver solver;
  private final RulesInvolved rules;

  RefusalReasons(CompiledModel model, DecisionResolver resolver, SatSolver solver) {
    this.model = model;
    this.resolver = resolver;
    this.solver = solver;
    this.rules = new RulesInvolved(model);
  }

  /** A minimal set of rules that, with {@code hard} assumed, is unsatisfiable; rule order. */
  Result<List<RuleRef>> rulesInvolved(int[] hard, Deadline deadline) {
    return rules.find(hard, deadline);
  }

  /**
   * {@code first} (one minimal set of rules that refuses the value with all the decisions), then,
   * when several decisions must go, the rules that make each of them go (a minimal set refusing the
   * value with the kept decisions and that one): otherwise the shopper reads one rule while the
   * repair changes three choices (a carbon frame drops the basket and the rim brakes too). Each
   * extra set is a help: when time runs out, what was found so far stands.
   */
  List<RuleRef> whyEachGoes(
      Decision wanted,
      List<Decision> kept,
      List<Decision> retract,
      int target,
      List<RuleRef> first,
      Deadline deadline) {
    List<Decision> others =
        retract.stream().filter(d -> !d.attribute().equals(wanted.attribute())).toList();
    if (others.size() < 2) {
      return first;
    }
    List<RuleRef> all = new ArrayList<>(first);
    for (Decision d : others.subList(0, Math.min(others.size(), MAX_RETRACTIONS_EXPLAINED))) {
      List<Decision> trial = new ArrayList<>(kept);
      trial.add(d);
      Result<List<RuleRef>> why =
          rulesInvolved(DecisionResolver.plus(resolver.literals(trial), target), deadline);
      if (!why.isOk()) {
        break;
      }
      for (RuleRef r : why.orThrow()) {
        if (!all.contains(r)) {
          all.add(r);
        }
      }
    }
    return all;
  }

  /**
   * A minimal set of the customer's facts (other than the wanted attribute) that refuse the wanted
   * value on their own; empty when the facts fit it.
   */
  Result<List<Decision>> factsInTheWay(
      List<Decision> decisions, Decision wanted, int target, Deadline deadline) {
    List<Decision> facts = new ArrayList<>();
    for (Decision d : decisions) {
      if (model.model().isFact(d.attribute()) && !d.attribute().equals(wanted.attribute())) {
        facts.add(d);
      }
    }
    if (facts.isEmpty()) {
      return Result.ok(List.of());
    }
    Tristate t =
        TreeCheck.orSat(
            model, solver, DecisionResolver.plus(resolver.literals(facts), target), deadline);
    if (t == Tristate.UNDEF) {
      return Result.failed(Failure.timedOut("explaining " + wanted));
    }
    if (t == Tristate.TRUE) {
      return Result.ok(List.of());
    }
    // Deletion: drop each fact the others refuse the value without.
    List<Decision> core = new ArrayList<>(facts);
    for (Decision f : facts) {
      List<Decision> without = new ArrayList<>(core);
      without.remove(f);
      Tristate r =
          TreeCheck.orSat(
              model, solver, DecisionResolver.plus(resolver.literals(without), target), deadline);
      if (r == Tristate.UNDEF) {
        return Result.failed(Failure.timedOut("explaining " + wanted));
      }
      if (r == Tristate.FALSE) {
        core = without;
      }
    }
    return Result.ok(List.copyOf(core));
  }
}
