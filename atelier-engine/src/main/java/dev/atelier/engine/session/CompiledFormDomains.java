package dev.atelier.engine.session;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.DecisionDnnf;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.List;

/**
 * Valid domains read off a compiled form of the model instead of searched: its decision-DNNF, or
 * its clique tree (table models), whose support state this session keeps across decisions. Not
 * thread-safe; one per session.
 */
final class CompiledFormDomains {
  private final VariableMap vars;
  private final Slots slots;
  private final DomainStates states;
  // The session's support state on the model's clique tree (table models), kept across decisions.
  private final TreeStates support = new TreeStates();

  CompiledFormDomains(VariableMap vars, Slots slots, DomainStates states) {
    this.vars = vars;
    this.slots = slots;
    this.states = states;
  }

  /**
   * The settled state read off the compiled DNNF: a value is offered iff its literal is possible.
   */
  Result<DomainState> fromDnnf(DecisionDnnf dnnf, List<Decision> decisions, int[] lits) {
    boolean[] possible = dnnf.possibleLiterals(lits);
    if (possible == null) {
      return Result.failed(refusal(decisions));
    }
    DomainState state = states.empty(lits);
    for (int i = 0; i < slots.attributes(); i++) {
      for (int j = 0; j < slots.values(i); j++) {
        state.settle(i, j, possible[DecisionDnnf.index(vars.valueLiteral(i, j))]);
      }
      boolean optional = vars.attributes().get(i).optional();
      state.settleUnset(i, optional && possible[DecisionDnnf.index(-vars.setLiteral(i))]);
    }
    return Result.ok(state);
  }

  /**
   * The settled state read off the model's clique tree, narrowing this session's support state when
   * decisions were only added (otherwise starting from the state without decisions).
   */
  Result<DomainState> fromTables(
      CliqueTree tree,
      boolean[][] allowed,
      List<Decision> decisions,
      int[] lits,
      Deadline deadline) {
    if (!tree.satisfiable()) {
      return Result.failed(refusal(List.of()));
    }
    Result<boolean[][]> valid = support.valid(tree, allowed, deadline);
    if (!valid.isOk()) {
      return Result.failed(valid.failureOrNull());
    }
    boolean[][] offered = valid.orThrow();
    DomainState state = states.empty(lits);
    for (int i = 0; i < slots.attributes(); i++) {
      boolean any = false;
      for (int j = 0; j < slots.values(i); j++) {
        state.settle(i, j, offered[i][j]);
        any |= offered[i][j];
      }
      boolean unset = vars.attributes().get(i).optional() && offered[i][slots.values(i)];
      state.settleUnset(i, unset);
      if (!any && !unset) {
        return Result.failed(refusal(decisions));
      }
    }
    return Result.ok(state);
  }

  /** The failure when {@code decisions} (none: the model itself) admit no configuration. */
  static Failure refusal(List<Decision> decisions) {
    return decisions.isEmpty()
        ? Failure.of(Failure.Kind.UNSATISFIABLE_MODEL, "the model admits no configuration")
        : Failure.of(Failure.Kind.REFUSED, "the decisions " + decisions + " contradict");
  }
}
