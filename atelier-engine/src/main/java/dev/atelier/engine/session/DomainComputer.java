package dev.atelier.engine.session;

import dev.atelier.engine.compile.VariableMap;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.logicng.datastructures.Tristate;

/**
 * Computes valid domains with a warm incremental solver: a value is offered iff the decisions plus
 * that value are satisfiable. Every satisfying assignment found witnesses all the values it
 * contains at once; assignments found earlier are kept and reused while they agree with the
 * decisions; a value refused under some decisions stays refused when decisions are only added. Not
 * thread-safe; one per session.
 */
final class DomainComputer {
  private static final int MAX_WITNESSES = 48;

  private final VariableMap vars;
  private final SatSolver solver;
  private final Deque<boolean[]> witnesses = new ArrayDeque<>();
  private List<Decision> lastDecisions;
  private boolean[][] lastOffered;
  private boolean[] lastUnset;

  DomainComputer(VariableMap vars, SatSolver solver) {
    this.vars = vars;
    this.solver = solver;
  }

  Result<ValidDomains> compute(List<Decision> decisions, int[] lits, Deadline deadline) {
    List<Attribute> attributes = vars.attributes();
    int n = attributes.size();
    Map<Integer, Decision> decided = new LinkedHashMap<>();
    for (Decision d : decisions) {
      decided.put(vars.indexOf(d.attribute()), d);
    }
    boolean monotone = lastDecisions != null && decisions.containsAll(lastDecisions);
    boolean[][] offered = new boolean[n][];
    boolean[][] settled = new boolean[n][];
    boolean[] unsetOk = new boolean[n];
    boolean[] unsetSettled = new boolean[n];
    for (int i = 0; i < n; i++) {
      int k = attributes.get(i).valueIds().size();
      offered[i] = new boolean[k];
      settled[i] = new boolean[k];
      boolean isDecided = decided.containsKey(i);
      unsetSettled[i] = isDecided || !attributes.get(i).optional();
      for (int j = 0; j < k; j++) {
        settled[i][j] = isDecided || (monotone && !lastOffered[i][j]);
      }
      if (!unsetSettled[i] && monotone && !lastUnset[i]) {
        unsetSettled[i] = true;
      }
    }
    for (boolean[] w : witnesses) {
      if (satisfies(w, lits)) {
        mark(w, offered, settled, unsetOk, unsetSettled);
      }
    }
    Tristate base = solver.solve(lits, deadline);
    if (base == Tristate.UNDEF) {
      return Result.failed(Failure.timedOut("computing valid domains"));
    }
    if (base == Tristate.FALSE) {
      return Result.failed(
          decisions.isEmpty()
              ? Failure.of(Failure.Kind.UNSATISFIABLE_MODEL, "the model admits no configuration")
              : Failure.of(Failure.Kind.REFUSED, "the decisions " + decisions + " contradict"));
    }
    remember(offered, settled, unsetOk, unsetSettled);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < offered[i].length; j++) {
        if (!settled[i][j]) {
          Result<Boolean> r = probe(DecisionResolver.plus(lits, vars.valueLiteral(i, j)), deadline);
          if (!r.isOk()) {
            return Result.failed(r.failureOrNull());
          }
          settled[i][j] = true;
          offered[i][j] = r.orThrow();
          if (r.orThrow()) {
            remember(offered, settled, unsetOk, unsetSettled);
          }
        }
      }
      if (!unsetSettled[i]) {
        Result<Boolean> r = probe(DecisionResolver.plus(lits, -vars.setLiteral(i)), deadline);
        if (!r.isOk()) {
          return Result.failed(r.failureOrNull());
        }
        unsetSettled[i] = true;
        unsetOk[i] = r.orThrow();
        if (r.orThrow()) {
          remember(offered, settled, unsetOk, unsetSettled);
        }
      }
    }
    for (Map.Entry<Integer, Decision> e : decided.entrySet()) {
      Decision d = e.getValue();
      if (d.isUnset()) {
        unsetOk[e.getKey()] = true;
      } else {
        offered[e.getKey()][vars.valueIndexOf(e.getKey(), d.value())] = true;
      }
    }
    lastDecisions = List.copyOf(decisions);
    lastOffered = offered;
    lastUnset = unsetOk;
    return Result.ok(toDomains(offered, unsetOk, decided));
  }

  private Result<Boolean> probe(int[] assumptions, Deadline deadline) {
    Tristate t = solver.solve(assumptions, deadline);
    if (t == Tristate.UNDEF) {
      return Result.failed(Failure.timedOut("computing valid domains"));
    }
    return Result.ok(t == Tristate.TRUE);
  }

  private void remember(boolean[][] offered, boolean[][] settled, boolean[] unset, boolean[] us) {
    boolean[] model = solver.modelCopy();
    if (witnesses.size() == MAX_WITNESSES) {
      witnesses.removeLast();
    }
    witnesses.addFirst(model);
    mark(model, offered, settled, unset, us);
  }

  private void mark(
      boolean[] model, boolean[][] offered, boolean[][] settled, boolean[] unset, boolean[] us) {
    for (int i = 0; i < offered.length; i++) {
      boolean any = false;
      for (int j = 0; j < offered[i].length; j++) {
        boolean holds = holds(model, vars.valueLiteral(i, j));
        any |= holds;
        if (holds && !settled[i][j]) {
          offered[i][j] = true;
          settled[i][j] = true;
        }
      }
      if (!any && !us[i]) {
        unset[i] = true;
        us[i] = true;
      }
    }
  }

  private static boolean satisfies(boolean[] model, int[] lits) {
    for (int lit : lits) {
      if (!holds(model, lit)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(boolean[] model, int lit) {
    return lit > 0 ? model[lit] : !model[-lit];
  }

  private ValidDomains toDomains(boolean[][] offered, boolean[] unset, Map<Integer, Decision> d) {
    Map<String, AttributeDomain> domains = new LinkedHashMap<>();
    List<Attribute> attributes = vars.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      List<String> ids = a.valueIds();
      List<String> yes = new ArrayList<>();
      List<String> no = new ArrayList<>();
      for (int j = 0; j < ids.size(); j++) {
        (offered[i][j] ? yes : no).add(ids.get(j));
      }
      Optional<String> decided = Optional.ofNullable(d.get(i)).map(Decision::value);
      domains.put(a.id(), new AttributeDomain(a.id(), yes, no, unset[i], decided));
    }
    return new ValidDomains(domains);
  }
}
