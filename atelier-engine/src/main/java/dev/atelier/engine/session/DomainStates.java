package dev.atelier.engine.session;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.compile.ClauseIndex;
import dev.atelier.engine.model.Attribute;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a valid-domain computation starts: an empty {@link DomainState}, one settled as given
 * domains say, or one carrying what the previous computation settled. Stateless past its model.
 */
final class DomainStates {
  private final VariableMap vars;
  private final Slots slots;
  private final ClauseIndex index;
  private final int numVars;

  DomainStates(VariableMap vars, Slots slots, ClauseIndex index, int numVars) {
    this.vars = vars;
    this.slots = slots;
    this.index = index;
    this.numVars = numVars;
  }

  /** A state with every slot open and the variables of {@code decisionLits} frozen. */
  DomainState empty(int[] decisionLits) {
    return new DomainState(slots, index, numVars, decisionLits);
  }

  /** A state with no decision, settled as {@code domains} say. */
  DomainState settledAs(ValidDomains domains) {
    DomainState state = empty(new int[0]);
    List<Attribute> attributes = vars.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      AttributeDomain d = domains.of(attributes.get(i).id());
      Set<String> offered = new HashSet<>(d.offered());
      List<String> ids = attributes.get(i).valueIds();
      for (int j = 0; j < ids.size(); j++) {
        state.settle(i, j, offered.contains(ids.get(j)));
      }
      state.settleUnset(i, d.unsetPossible());
    }
    return state;
  }

  /**
   * The state to start from: decided attributes settled; when decisions were only added ({@code
   * monotone}), values {@code last} refused stay refused, and values whose variable lies outside
   * the residual components the new decisions touched ({@code dirty} false) keep their status (see
   * {@link ResidualComponents}).
   */
  DomainState initial(
      int[] lits,
      Map<Integer, Decision> decided,
      DomainState last,
      boolean monotone,
      boolean[] dirty) {
    DomainState state = empty(lits);
    List<Attribute> attributes = vars.attributes();
    int carried = 0;
    for (int i = 0; i < attributes.size(); i++) {
      boolean isDecided = decided.containsKey(i);
      for (int j = 0; j < slots.values(i); j++) {
        if (isDecided || monotone && !last.offered(i, j)) {
          state.settle(i, j, false);
        } else if (dirty != null && !dirty[Math.abs(slots.literal(slots.value(i, j)))]) {
          state.settle(i, j, true);
          carried++;
        }
      }
      if (isDecided || !attributes.get(i).optional() || monotone && !last.unsetOk(i)) {
        state.settleUnset(i, false);
      } else if (dirty != null && !dirty[Math.abs(slots.literal(slots.unset(i)))]) {
        state.settleUnset(i, true);
      }
    }
    if (SatSolver.TRACE) {
      System.err.println("atelier.sat.trace carried " + carried + " open " + state.openCount());
    }
    return state;
  }
}
