package dev.atelier.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.cnf.SmallCnfs;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.logicng.datastructures.Tristate;

/**
 * {@link PreferredGroups}: bisection returns the same set as the linear progression of before, and
 * on small CNFs that set is the preferred minimal conflict found by enumerating every subset of the
 * groups (a conflict whose members, highest first, are lexicographically least). Kconfig-like CNFs
 * (a feature tree, selects and conflicts, one group per clause) compare the two on hundreds of
 * groups, and check the set refuses while every set with one member less does not.
 */
class PreferredGroupsTest {

  /** Slow: 1-6 s on the loaded machine (every subset of the groups of 200 CNFs enumerated). */
  @Tag("slow")
  @Test
  void bisectionFindsThePreferredConflictOfEnumerationOnRandomSmallCnfs() {
    int conflicts = 0;
    int consistent = 0;
    for (int seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      int n = 4 + random.nextInt(5);
      int[][] clauses = SmallCnfs.random(n, random, true);
      int attributes = random.nextInt(3);
      int groupCount = attributes + 1 + random.nextInt(Math.min(8, clauses.length));
      int[] groups = new int[clauses.length];
      for (int k = 0; k < clauses.length; k++) {
        groups[k] = random.nextInt(10) == 0 ? Cnf.DEFINITION : random.nextInt(groupCount);
      }
      Cnf cnf = new Cnf(n, 1, clauses, groups, attributes);
      for (int run = 0; run < 4; run++) {
        int[] hard = SmallCnfs.randomLiterals(n, 1 + random.nextInt(3), random);
        Set<Integer> bisected =
            new PreferredGroups(new SatSolver(cnf, true), clauses)
                .bisect(hard, Deadline.inMillis(60_000))
                .orThrow();
        Set<Integer> progressed =
            new PreferredGroups(new SatSolver(cnf, true), clauses)
                .progress(hard, Deadline.inMillis(60_000))
                .orThrow();
        List<Integer> expected = enumerated(cnf, hard);
        assertThat(sorted(bisected)).as("seed %d run %d", seed, run).isEqualTo(expected);
        assertThat(sorted(progressed)).as("seed %d run %d", seed, run).isEqualTo(expected);
        if (refuses(cnf, hard, (1L << groupCount) - 1)) {
          conflicts++;
        } else {
          consistent++;
        }
      }
    }
    assertThat(conflicts).isGreaterThan(150);
    assertThat(consistent).isGreaterThan(50);
  }

  /** Slow: about 1-2 s on the loaded machine. */
  @Tag("slow")
  @Test
  void bisectionAndProgressionAgreeOnKconfigLikeCnfs() {
    int compared = 0;
    for (int seed = 1; seed <= 12; seed++) {
      Random random = new Random(seed);
      Cnf cnf = KconfigLike.generate(300, seed);
      SatSolver forBisection = new SatSolver(cnf, true);
      SatSolver forProgression = new SatSolver(cnf, true);
      SatSolver check = new SatSolver(cnf, true);
      PreferredGroups bisection = new PreferredGroups(forBisection, cnf.clauses());
      PreferredGroups progression = new PreferredGroups(forProgression, cnf.clauses());
      for (int run = 0; run < 8; run++) {
        int[] hard = SmallCnfs.randomLiterals(cnf.numVars(), 2 + random.nextInt(6), random);
        Set<Integer> bisected = bisection.bisect(hard, Deadline.inMillis(60_000)).orThrow();
        Set<Integer> progressed = progression.progress(hard, Deadline.inMillis(60_000)).orThrow();
        assertThat(sorted(bisected)).as("seed %d run %d", seed, run).isEqualTo(sorted(progressed));
        if (bisected.isEmpty()) {
          continue;
        }
        compared++;
        assertThat(solve(check, hard, bisected)).isEqualTo(Tristate.FALSE);
        for (int g : bisected) {
          List<Integer> fewer = new ArrayList<>(bisected);
          fewer.remove(Integer.valueOf(g));
          assertThat(solve(check, hard, fewer))
              .as("seed %d without %d", seed, g)
              .isEqualTo(Tristate.TRUE);
        }
      }
    }
    assertThat(compared).isGreaterThan(40);
  }

  @Test
  void aModelWithoutRulesHasNoneInvolved() {
    // Three attributes, only the first with a clause: fewer groups than attributes.
    Cnf cnf = new Cnf(3, 1, new int[][] {{1, 2}}, new int[] {0}, 3);
    for (int[] hard : new int[][] {{-1, -2}, {1, -1}, {3}}) {
      assertThat(
              new PreferredGroups(new SatSolver(cnf, true), cnf.clauses())
                  .bisect(hard, Deadline.inMillis(60_000))
                  .orThrow())
          .isEmpty();
      assertThat(
              new PreferredGroups(new SatSolver(cnf, true), cnf.clauses())
                  .progress(hard, Deadline.inMillis(60_000))
                  .orThrow())
          .isEmpty();
    }
  }

  @Test
  void anExpiredDeadlineIsATimeOutNotAPartialSet() {
    Cnf cnf = KconfigLike.generate(200, 3);
    int[] hard = {1, -1};
    Result<Set<Integer>> r =
        new PreferredGroups(new SatSolver(cnf, true), cnf.clauses())
            .bisect(hard, Deadline.inMillis(-1));
    assertThat(r.isOk()).isFalse();
  }

  private static Tristate solve(SatSolver solver, int[] hard, Iterable<Integer> groups) {
    List<Integer> lits = new ArrayList<>();
    for (int lit : hard) {
      lits.add(lit);
    }
    for (int g : groups) {
      solver.load(g);
      lits.add(solver.selector(g));
    }
    return solver.solve(
        lits.stream().mapToInt(Integer::intValue).toArray(), Deadline.inMillis(60_000));
  }

  /**
   * The preferred conflict by enumeration: among the sets of rule groups that refuse {@code hard}
   * (with the attribute groups and definitions on), the one whose members, highest first, are least
   * (a sequence that is a prefix of another is less); empty when none refuses.
   */
  private static List<Integer> enumerated(Cnf cnf, int[] hard) {
    int first = cnf.attributeCount();
    int groupCount = 0;
    for (int g : cnf.groups()) {
      groupCount = Math.max(groupCount, g + 1);
    }
    List<Integer> best = null;
    for (long rules = 0; rules < 1L << (groupCount - first); rules++) {
      long mask = rules << first | (1L << first) - 1;
      if (!refuses(cnf, hard, mask)) {
        continue;
      }
      List<Integer> members = new ArrayList<>();
      for (int g = groupCount - 1; g >= first; g--) {
        if ((mask >> g & 1) == 1) {
          members.add(g);
        }
      }
      if (best == null || lexLess(members, best)) {
        best = members;
      }
    }
    return best == null ? List.of() : best.stream().sorted().toList();
  }

  private static boolean lexLess(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return a.get(i) < b.get(i);
      }
    }
    return a.size() < b.size();
  }

  /** Whether the clauses of the groups in {@code mask} (and definitions) refuse {@code hard}. */
  private static boolean refuses(Cnf cnf, int[] hard, long mask) {
    List<int[]> on = new ArrayList<>();
    for (int k = 0; k < cnf.clauses().length; k++) {
      int g = cnf.groups()[k];
      if (g < 0 || (mask >> g & 1) == 1) {
        on.add(cnf.clauses()[k]);
      }
    }
    return !SmallCnfs.possible(on.toArray(new int[0][]), hard, cnf.numVars())[0];
  }

  private static List<Integer> sorted(Set<Integer> set) {
    return set.stream().sorted().toList();
  }
}
