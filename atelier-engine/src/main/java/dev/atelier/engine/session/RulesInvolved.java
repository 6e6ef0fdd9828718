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
 * the model and the literals only, never on what the solver learned before. Found by progression:
 * the shortest prefix of the rules that refuses the literals ends with a rule of the set; that rule
 * is kept and the search starts again with it among the hard parts. A satisfying model skips every
 * rule it satisfies, so a scan costs a few SAT calls. -Datelier.explain=old restores the rules of
 * before (the solver's failed assumptions, then deletion), for old-vs-new runs. Not thread-safe;
 * one per session.
 */
final class RulesInvolved {
  private static final int MAX_LAZY_ROUNDS = 64;
  private final CompiledModel model;
  private SatSolver solver;

  RulesInvolved(CompiledModel model) {
    this.model = model;
  }

  /** A minimal set of rules that, with {@code hard} assumed, is unsatisfiable; rule order. */
  Result<List<RuleRef>> find(int[] hard, Deadline deadline) {
    if (solver == null) {
      solver = new SatSolver(model.cnf(), true);
    }
    Result<Set<Integer>> core =
        Explainer.CANONICAL ? preferred(hard, deadline) : firstFound(hard, deadline);
    return core.map(c -> c.stream().sorted().map(model::ruleOfGroup).toList());
  }

  private Result<Set<Integer>> preferred(int[] hard, Deadline deadline) {
    int first = solver.firstSelectable();
    List<Integer> core = new ArrayList<>();
    // Groups [first, limit) may still hold a member; prefix [first, k) is tried next.
    int limit = solver.groupCount();
    int k = first;
    while (true) {
      Tristate t = solver.solve(assumptions(hard, core, first, k), deadline);
      if (t == Tristate.UNDEF) {
        return Result.failed(Failure.timedOut("finding the rules involved"));
      }
      if (t == Tristate.FALSE) {
        if (k == first) {
          return Result.ok(new LinkedHashSet<>(core));
        }
        // [first, k - 1) was satisfied with the same hard parts: group k - 1 is a member.
        core.add(k - 1);
        limit = k - 1;
        k = first;
        continue;
      }
      int broken = firstBroken(solver.modelCopy(), k, limit);
      if (broken < 0) {
        // Nothing refuses the literals (they are consistent with every rule): no rule is involved.
        return Result.ok(new LinkedHashSet<>(core));
      }
      k = broken + 1;
    }
  }

  /** The first group in [from, to) with a clause {@code assignment} falsifies, or -1. */
  private int firstBroken(boolean[] assignment, int from, int to) {
    int[][] clauses = model.cnf().clauses();
    for (int g = from; g < to; g++) {
      for (int c : solver.clausesOf(g)) {
        if (!satisfied(assignment, clauses[c])) {
          return g;
        }
      }
    }
    return -1;
  }

  private int[] assumptions(int[] hard, List<Integer> core, int from, int to) {
    int[] out = Arrays.copyOf(hard, hard.length + core.size() + to - from);
    int k = hard.length;
    for (int g : core) {
      solver.load(g);
      out[k++] = solver.selector(g);
    }
    for (int g = from; g < to; g++) {
      solver.load(g);
      out[k++] = solver.selector(g);
    }
    return out;
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
        Set<Integer> broken = new LinkedHashSet<>();
        for (int g = solver.firstSelectable(); g < solver.groupCount(); g++) {
          if (firstBroken(m, g, g + 1) >= 0 && !candidates.contains(g)) {
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
    return assumptions(hard, new ArrayList<>(groups), 0, 0);
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

  private static boolean satisfied(boolean[] assignment, int[] clause) {
    for (int lit : clause) {
      if (DomainState.holds(assignment, lit)) {
        return true;
      }
    }
    return false;
  }
}
