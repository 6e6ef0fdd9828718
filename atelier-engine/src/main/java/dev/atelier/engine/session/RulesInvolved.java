package dev.atelier.engine.session;

import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.compile.CompiledModel;
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
 * A minimal set of rules that refuses a set of literals: the preferred one in rule order (the set
 * QuickXplain finds over the rules in the order the model declares them), so the answer depends on
 * the model and the literals only, never on what the solver learned before; found by {@link
 * PreferredGroups} by bisection (-Datelier.explain.rules=old: by the linear scan of before, same
 * set). -Datelier.explain=old restores the rules of before that (the solver's failed assumptions,
 * then deletion), for old-vs-new runs. Not thread-safe; one per session.
 */
final class RulesInvolved {
  private static final int MAX_LAZY_ROUNDS = 64;
  private final CompiledModel model;
  // -Datelier.explain.rules=old: the same rules found by the linear scan of before, for old-vs-new
  // runs.
  static final boolean BISECT = !"old".equals(System.getProperty("atelier.explain.rules"));
  private SatSolver solver;
  private PreferredGroups preferred;

  RulesInvolved(CompiledModel model) {
    this.model = model;
  }

  /** A minimal set of rules that, with {@code hard} assumed, is unsatisfiable; rule order. */
  Result<List<RuleRef>> find(int[] hard, Deadline deadline) {
    if (solver == null) {
      solver = new SatSolver(model.cnf(), true);
    }
    if (preferred == null) {
      preferred = new PreferredGroups(solver, model.cnf().clauses());
    }
    Result<Set<Integer>> core;
    if (!Explainer.CANONICAL) {
      core = firstFound(hard, deadline);
    } else if (BISECT) {
      core = preferred.bisect(hard, deadline);
    } else {
      core = preferred.progress(hard, deadline);
    }
    return core.map(c -> c.stream().sorted().map(model::ruleOfGroup).toList());
  }

  private Result<Set<Integer>> firstFound(int[] hard, Deadline deadline) {
    // Rules are switched on lazily: solve with the rules switched on so far; a model breaks some
    // rules that were off, and those take part in the conflict: switch them on and solve again.
    Set<Integer> candidates = new LinkedHashSet<>();
    Set<Integer> core = null;
    for (int round = 0; core == null; round++) {
      Tristate t = solver.solve(assumptions(hard, candidates), deadline);
      if (t == Tristate.UNDEF) {
        return Result.failed(Failure.timedOut("finding the rules involved"));
      }
      if (t == Tristate.FALSE) {
        core = groupsIn(solver.failedAssumptions());
      } else {
        boolean[] m = solver.modelCopy();
        int[][] clauses = model.cnf().clauses();
        Set<Integer> broken = new LinkedHashSet<>();
        for (int g = solver.firstSelectable(); g < solver.groupCount(); g++) {
          if (PreferredGroups.firstBroken(solver, clauses, m, g, g + 1) >= 0
              && !candidates.contains(g)) {
            broken.add(g);
          }
        }
        if (broken.isEmpty() || round == MAX_LAZY_ROUNDS) {
          for (int g = solver.firstSelectable(); g < solver.groupCount(); g++) {
            broken.add(g);
          }
        }
        candidates.addAll(broken);
      }
    }
    for (Integer g : new ArrayList<>(core)) {
      if (!core.contains(g)) {
        continue;
      }
      Set<Integer> without = new LinkedHashSet<>(core);
      without.remove(g);
      Tristate r = solver.solve(assumptions(hard, without), deadline);
      if (r == Tristate.UNDEF) {
        return Result.failed(Failure.timedOut("finding the rules involved"));
      }
      if (r == Tristate.FALSE) {
        Set<Integer> smaller = groupsIn(solver.failedAssumptions());
        smaller.retainAll(without);
        core = smaller;
      }
    }
    return Result.ok(core);
  }

  private int[] assumptions(int[] hard, Set<Integer> groups) {
    int[] out = Arrays.copyOf(hard, hard.length + groups.size());
    int k = hard.length;
    for (int g : groups) {
      solver.load(g);
      out[k++] = solver.selector(g);
    }
    return out;
  }

  private Set<Integer> groupsIn(int[] failed) {
    Set<Integer> groups = new LinkedHashSet<>();
    int first = solver.selector(0);
    for (int lit : failed) {
      if (lit >= first) {
        groups.add(lit - first);
      }
    }
    return groups;
  }
}
