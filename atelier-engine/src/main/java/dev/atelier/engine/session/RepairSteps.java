package dev.atelier.engine.session;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.logicng.datastructures.Tristate;

/**
 * The repair of an explanation: the wanted value, then a new value for each retracted decision.
 * With a repair objective, the values of the cheapest completion keeping the kept decisions ({@link
 * NearestRepair}); otherwise, or when none is found in time, the first values in model order that
 * fit together with the kept decisions and the wanted value, retracted decision by retracted
 * decision (so the repair depends on the decisions and the wanted value only, not on which model
 * the solver happens to find; -Datelier.explain=old takes the solver's model as before). Not
 * thread-safe; one per session.
 */
final class RepairSteps {
  private final CompiledModel model;
  private final DecisionResolver resolver;
  private final SatSolver solver;

  RepairSteps(CompiledModel model, DecisionResolver resolver, SatSolver solver) {
    this.model = model;
    this.resolver = resolver;
    this.solver = solver;
  }

  /**
   * The repair reaching {@code wanted} (its attribute's old value {@code old}) keeping {@code kept}
   * and changing {@code retract}; empty when the deadline passes before the values are known.
   */
  Optional<List<RepairStep>> assemble(
      Decision wanted,
      String old,
      List<Decision> kept,
      List<Decision> retract,
      Objective repairObjective,
      Deadline deadline) {
    int target = resolver.literal(wanted);
    Configuration best = null;
    if (repairObjective != null) {
      Result<Completion> optimal =
          NearestRepair.complete(
              model,
              resolver,
              solver,
              kept,
              target,
              retract,
              wanted.attribute(),
              repairObjective,
              deadline);
      best = optimal.isOk() ? optimal.orThrow().configuration() : null;
    }
    List<Decision> others =
        retract.stream().filter(d -> !d.attribute().equals(wanted.attribute())).toList();
    List<String> values = new ArrayList<>();
    if (best == null) {
      Optional<List<String>> witnessed = witnessed(kept, others, target, deadline);
      if (witnessed.isEmpty()) {
        return Optional.empty();
      }
      values = witnessed.get();
    } else {
      for (Decision d : others) {
        values.add(best.values().getOrDefault(d.attribute(), Decision.UNSET));
      }
    }
    List<RepairStep> repair = new ArrayList<>();
    repair.add(new RepairStep(wanted.attribute(), old, wanted.value()));
    for (int k = 0; k < others.size(); k++) {
      repair.add(new RepairStep(others.get(k).attribute(), others.get(k).value(), values.get(k)));
    }
    return Optional.of(repair);
  }

  /** A value for each retracted decision that fits with the kept ones and the wanted value. */
  private Optional<List<String>> witnessed(
      List<Decision> kept, List<Decision> retract, int target, Deadline deadline) {
    List<Integer> pinned = new ArrayList<>();
    for (int lit : DecisionResolver.plus(resolver.literals(kept), target)) {
      pinned.add(lit);
    }
    if (solve(pinned, deadline) != Tristate.TRUE) {
      return Optional.empty();
    }
    // A model of the pinned literals, kept up to date as values are pinned.
    boolean[] fits = solver.modelCopy();
    List<String> values = new ArrayList<>();
    for (Decision d : retract) {
      String value = inModel(fits, d);
      if (Explainer.CANONICAL) {
        Attribute a = model.variables().attributes().get(model.variables().indexOf(d.attribute()));
        for (String v : a.valueIds()) {
          if (v.equals(value)) {
            break;
          }
          List<Integer> trial = new ArrayList<>(pinned);
          trial.add(resolver.literal(new Decision(d.attribute(), v)));
          Tristate t = solve(trial, deadline);
          if (t == Tristate.UNDEF) {
            return Optional.empty();
          }
          if (t == Tristate.TRUE) {
            value = v;
            fits = solver.modelCopy();
            break;
          }
        }
        pinned.add(resolver.literal(new Decision(d.attribute(), value)));
      }
      values.add(value);
    }
    return Optional.of(values);
  }

  private Tristate solve(List<Integer> lits, Deadline deadline) {
    return solver.solve(lits.stream().mapToInt(Integer::intValue).toArray(), deadline);
  }

  /** The value of {@code d}'s attribute in {@code assignment} ({@link Decision#UNSET}: none). */
  private String inModel(boolean[] assignment, Decision d) {
    VariableMap vars = model.variables();
    int i = vars.indexOf(d.attribute());
    List<String> ids = vars.attributes().get(i).valueIds();
    for (int j = 0; j < ids.size(); j++) {
      if (DomainState.holds(assignment, vars.valueLiteral(i, j))) {
        return ids.get(j);
      }
    }
    return Decision.UNSET;
  }
}
