package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.compile.VariableMap;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.logicng.datastructures.Tristate;

/**
 * Explains a refused value. The decisions to retract are a minimal correction set found by growing
 * the kept set over the decisions, oldest first (each kept decision is consistent with the wanted
 * value and the decisions kept before it, so no retracted decision can be put back). The rules
 * involved are a minimal unsatisfiable set of clause groups (deletion-based, seeded by the solver's
 * failed assumptions). Not thread-safe; one per session.
 */
final class Explainer {
  private final CompiledModel model;
  private final VariableMap vars;
  private final DecisionResolver resolver;
  private final SatSolver solver;
  private SatSolver selectorSolver;

  Explainer(CompiledModel model, DecisionResolver resolver, SatSolver solver) {
    this.model = model;
    this.vars = model.variables();
    this.resolver = resolver;
    this.solver = solver;
  }

  Result<Explanation> explain(List<Decision> decisions, Decision wanted, Deadline deadline) {
    int target = resolver.literal(wanted);
    String old =
        decisions.stream()
            .filter(d -> d.attribute().equals(wanted.attribute()))
            .map(Decision::value)
            .findFirst()
            .orElse("");
    Tristate now =
        solver.solve(DecisionResolver.plus(resolver.literals(decisions), target), deadline);
    if (now == Tristate.UNDEF) {
      return Result.failed(Failure.timedOut("explaining " + wanted));
    }
    if (now == Tristate.TRUE) {
      List<RepairStep> repair =
          old.equals(wanted.value())
              ? List.of()
              : List.of(new RepairStep(wanted.attribute(), old, wanted.value()));
      return Result.ok(
          new Explanation(wanted.attribute(), wanted.value(), true, List.of(), List.of(), repair));
    }
    Tristate alone = solver.solve(new int[] {target}, deadline);
    if (alone == Tristate.UNDEF) {
      return Result.failed(Failure.timedOut("explaining " + wanted));
    }
    if (alone == Tristate.FALSE) {
      Result<List<RuleRef>> rules = rulesInvolved(new int[] {target}, deadline);
      return rules.map(
          r -> new Explanation(wanted.attribute(), wanted.value(), false, List.of(), r, List.of()));
    }
    List<Decision> kept = new ArrayList<>();
    List<Decision> retract = new ArrayList<>();
    for (Decision d : decisions) {
      if (d.attribute().equals(wanted.attribute())) {
        retract.add(d);
        continue;
      }
      List<Decision> trial = new ArrayList<>(kept);
      trial.add(d);
      Tristate t = solver.solve(DecisionResolver.plus(resolver.literals(trial), target), deadline);
      if (t == Tristate.UNDEF) {
        return Result.failed(Failure.timedOut("explaining " + wanted));
      }
      (t == Tristate.TRUE ? kept : retract).add(d);
    }
    Tristate witness =
        solver.solve(DecisionResolver.plus(resolver.literals(kept), target), deadline);
    if (witness != Tristate.TRUE) {
      return Result.failed(Failure.timedOut("explaining " + wanted));
    }
    List<RepairStep> repair = new ArrayList<>();
    repair.add(new RepairStep(wanted.attribute(), old, wanted.value()));
    for (Decision d : retract) {
      if (!d.attribute().equals(wanted.attribute())) {
        repair.add(new RepairStep(d.attribute(), d.value(), valueInModel(d.attribute())));
      }
    }
    Result<List<RuleRef>> rules =
        rulesInvolved(DecisionResolver.plus(resolver.literals(decisions), target), deadline);
    return rules.map(
        r -> new Explanation(wanted.attribute(), wanted.value(), true, retract, r, repair));
  }

  private String valueInModel(String attribute) {
    int i = vars.indexOf(attribute);
    List<String> ids = vars.attributes().get(i).valueIds();
    for (int j = 0; j < ids.size(); j++) {
      if (solver.isTrue(vars.valueLiteral(i, j))) {
        return ids.get(j);
      }
    }
    return Decision.UNSET;
  }

  /** A minimal set of rules that, with {@code hard} assumed, is unsatisfiable. */
  private Result<List<RuleRef>> rulesInvolved(int[] hard, Deadline deadline) {
    if (selectorSolver == null) {
      selectorSolver = new SatSolver(model.cnf(), true);
    }
    Set<Integer> core = new LinkedHashSet<>();
    for (int g = selectorSolver.firstSelectable(); g < selectorSolver.groupCount(); g++) {
      core.add(g);
    }
    Tristate t = selectorSolver.solve(assumptions(hard, core), deadline);
    if (t != Tristate.FALSE) {
      return Result.failed(Failure.timedOut("finding the rules involved"));
    }
    core = groupsIn(selectorSolver.failedAssumptions());
    for (Integer g : new ArrayList<>(core)) {
      if (!core.contains(g)) {
        continue;
      }
      Set<Integer> without = new LinkedHashSet<>(core);
      without.remove(g);
      Tristate r = selectorSolver.solve(assumptions(hard, without), deadline);
      if (r == Tristate.UNDEF) {
        return Result.failed(Failure.timedOut("finding the rules involved"));
      }
      if (r == Tristate.FALSE) {
        Set<Integer> smaller = groupsIn(selectorSolver.failedAssumptions());
        smaller.retainAll(without);
        core = smaller;
      }
    }
    return Result.ok(core.stream().sorted().map(model::ruleOfGroup).toList());
  }

  private int[] assumptions(int[] hard, Set<Integer> groups) {
    int[] out = Arrays.copyOf(hard, hard.length + groups.size());
    int k = hard.length;
    for (int g : groups) {
      out[k++] = selectorSolver.selector(g);
    }
    return out;
  }

  private Set<Integer> groupsIn(int[] failed) {
    Set<Integer> groups = new LinkedHashSet<>();
    int first = selectorSolver.selector(0);
    for (int lit : failed) {
      if (lit >= first) {
        groups.add(lit - first);
      }
    }
    return groups;
  }
}
