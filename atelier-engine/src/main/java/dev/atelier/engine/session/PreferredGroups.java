package dev.atelier.engine.session;

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
 * The preferred minimal set of rule groups that, with some literals assumed, is unsatisfiable: the
 * one QuickXplain finds over the groups in their order. Its members, highest first, are defined by
 * prefixes: with the members found so far assumed, the shortest prefix {@code [first, k)} of the
 * groups that refuses the literals ends with the next member {@code k - 1}; none is left when the
 * empty prefix refuses them. {@link #bisect} finds each shortest prefix by bisection between a
 * satisfiable prefix and a refusing one, and both ends jump: a satisfying model lifts the lower end
 * past every group it satisfies, and the failed assumptions of a refusal lower the upper end to
 * their highest group, then bound the search for the next member (they still refuse with it among
 * the members). {@link #progress} is the linear scan of before (each refusal restarts from the
 * first group), for old-vs-new runs and tests. Both compute the same prefixes, so the same set. Not
 * thread-safe; one per solver.
 */
final class PreferredGroups {
  private final SatSolver solver;
  private final int[][] clauses;

  PreferredGroups(SatSolver solver, int[][] clauses) {
    this.solver = solver;
    this.clauses = clauses;
  }

  /** The preferred minimal set by bisection; empty when the literals fit every group. */
  Result<Set<Integer>> bisect(int[] hard, Deadline deadline) {
    int first = solver.firstSelectable();
    List<Integer> members = new ArrayList<>();
    if (solver.groupCount() <= first) {
      // No rules (attributes without clauses of their own may even leave fewer groups).
      return Result.ok(new LinkedHashSet<>());
    }
    // Invariants: every prefix [first, k) with k <= lo is satisfiable with the members; the
    // prefix [first, hi) refuses (once refusing is true; before, hi is the end of the groups).
    int lo = first - 1;
    int hi = solver.groupCount();
    boolean refusing = false;
    // The groups below hi of the failed assumptions that showed [first, hi) refuses, ascending.
    int[] failedBelow = new int[0];
    while (true) {
      if (refusing && hi == lo + 1) {
        if (hi == first) {
          return Result.ok(new LinkedHashSet<>(members));
        }
        int member = hi - 1;
        members.add(member);
        // The failed assumptions refuse with the member among the hard parts.
        failedBelow = Arrays.copyOf(failedBelow, failedBelow.length - 1);
        hi = failedBelow.length == 0 ? first : failedBelow[failedBelow.length - 1] + 1;
        lo = first - 1;
        continue;
      }
      int k = refusing ? lo + (hi - lo) / 2 : Math.min(hi, lo + 1 + (hi - lo) / 2);
      Tristate t = solver.solve(assumptions(hard, first, k, members, false), deadline);
      if (t == Tristate.UNDEF) {
        return Result.failed(Failure.timedOut("finding the rules involved"));
      }
      if (t == Tristate.FALSE) {
        failedBelow = groupsBelow(solver.failedAssumptions(), first, k);
        hi = failedBelow.length == 0 ? first : failedBelow[failedBelow.length - 1] + 1;
        refusing = true;
        continue;
      }
      int broken = firstBroken(solver, clauses, solver.modelCopy(), k, hi);
      if (broken < 0) {
        if (!refusing && hi == solver.groupCount()) {
          // Nothing refuses the literals (they are consistent with every rule): no rule is
          // involved.
          return Result.ok(new LinkedHashSet<>(members));
        }
        throw new IllegalStateException("a model satisfies a refusing prefix");
      }
      lo = broken;
    }
  }

  /** The preferred minimal set by progression (the linear scan of before). */
  Result<Set<Integer>> progress(int[] hard, Deadline deadline) {
    int first = solver.firstSelectable();
    List<Integer> core = new ArrayList<>();
    // Groups [first, limit) may still hold a member; prefix [first, k) is tried next.
    int limit = solver.groupCount();
    int k = first;
    while (true) {
      Tristate t = solver.solve(assumptions(hard, first, k, core, true), deadline);
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
      int broken = firstBroken(solver, clauses, solver.modelCopy(), k, limit);
      if (broken < 0) {
        // Nothing refuses the literals (they are consistent with every rule): no rule is involved.
        return Result.ok(new LinkedHashSet<>(core));
      }
      k = broken + 1;
    }
  }

  /**
   * The hard literals, the selectors of the prefix [from, to) and those of {@code members}, loading
   * the groups. Bisection puts the prefix before the members, so consecutive calls share a long run
   * of assumptions (a solver that keeps its trail re-propagates only what differs); progression
   * puts the members first, as it did.
   */
  private int[] assumptions(
      int[] hard, int from, int to, List<Integer> members, boolean membersFirst) {
    int[] out = Arrays.copyOf(hard, hard.length + to - from + members.size());
    int k = hard.length;
    if (membersFirst) {
      k = selectors(members, out, k);
    }
    for (int g = from; g < to; g++) {
      solver.load(g);
      out[k++] = solver.selector(g);
    }
    if (!membersFirst) {
      selectors(members, out, k);
    }
    return out;
  }

  private int selectors(List<Integer> groups, int[] out, int at) {
    int k = at;
    for (int g : groups) {
      solver.load(g);
      out[k++] = solver.selector(g);
    }
    return k;
  }

  /** The groups in [from, to) among failed assumptions, ascending. */
  private int[] groupsBelow(int[] failed, int from, int to) {
    int base = solver.selector(0);
    return Arrays.stream(failed)
        .map(lit -> lit - base)
        .filter(g -> g >= from && g < to)
        .sorted()
        .distinct()
        .toArray();
  }

  /** The first group in [from, to) with a clause {@code assignment} falsifies, or -1. */
  static int firstBroken(
      SatSolver solver, int[][] clauses, boolean[] assignment, int from, int to) {
    for (int g = from; g < to; g++) {
      for (int c : solver.clausesOf(g)) {
        if (!satisfied(assignment, clauses[c])) {
          return g;
        }
      }
    }
    return -1;
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
