package dev.atelier.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.cnf.SmallCnfs;
import dev.atelier.engine.result.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.logicng.datastructures.Tristate;

/**
 * The solver that keeps the assumption levels a call shares with the call before ({@link
 * SteerableMiniSat}) on seeded random small CNFs (5 to 11 variables): sequences of calls whose
 * assumptions keep a random prefix of the last call's and add random literals (sometimes
 * contradicting ones), with clauses added in between and a selection order set now and then. Every
 * answer equals enumeration: satisfiable iff some assignment satisfies the clauses and the
 * assumptions, the model satisfies both, and after an unsatisfiable answer the failed assumptions
 * alone are contradicted.
 */
class TrailReuseBruteForceTest {

  @Test
  void everyAnswerEqualsEnumerationWhileLevelsAreKept() {
    int answers = 0;
    int unsatisfiable = 0;
    long reused = 0;
    for (int seed = 1; seed <= 150; seed++) {
      Random random = new Random(seed);
      int n = 5 + random.nextInt(7);
      List<int[]> clauses = new ArrayList<>(Arrays.asList(SmallCnfs.random(n, random, true)));
      SatSolver solver =
          new SatSolver(
              new Cnf(n, 1, clauses.toArray(new int[0][]), new int[clauses.size()], 0), false);
      int[] last = new int[0];
      for (int call = 0; call < 20; call++) {
        if (random.nextInt(8) == 0) {
          int[] clause = {literal(n, random), literal(n, random), literal(n, random)};
          solver.addClause(clause);
          clauses.add(clause);
        }
        int[] assumptions = next(last, n, random);
        if (random.nextInt(4) == 0) {
          solver.decideFirst(List.of(literal(n, random), literal(n, random)));
        }
        Tristate t = solver.solve(assumptions, Deadline.inMillis(60_000));
        solver.decideFirst(List.of());
        int[][] all = clauses.toArray(new int[0][]);
        boolean expected = SmallCnfs.possible(all, assumptions, n)[0];
        assertThat(t)
            .as("seed %d call %d %s", seed, call, Arrays.toString(assumptions))
            .isEqualTo(expected ? Tristate.TRUE : Tristate.FALSE);
        if (expected) {
          boolean[] model = solver.modelCopy();
          assertThat(DomainState.satisfies(model, assumptions)).isTrue();
          for (int[] clause : all) {
            assertThat(Arrays.stream(clause).anyMatch(l -> DomainState.holds(model, l)))
                .as("seed %d call %d clause %s", seed, call, Arrays.toString(clause))
                .isTrue();
          }
        } else {
          int[] failed = solver.failedAssumptions();
          assertThat(Arrays.stream(assumptions).boxed().toList())
              .containsAll(Arrays.stream(failed).boxed().toList());
          assertThat(SmallCnfs.possible(all, failed, n)[0])
              .as("seed %d call %d: failed %s", seed, call, Arrays.toString(failed))
              .isFalse();
          unsatisfiable++;
        }
        answers++;
        reused += solver.counters().reusedLevels;
        solver.counters().reset();
        last = assumptions;
      }
    }
    assertThat(answers).isEqualTo(3_000);
    assertThat(unsatisfiable).isGreaterThan(200);
    assertThat(reused).as("levels kept between calls").isGreaterThan(2_000);
  }

  /** A random prefix of {@code last} and up to four random literals. */
  private static int[] next(int[] last, int n, Random random) {
    int keep = last.length == 0 ? 0 : random.nextInt(last.length + 1);
    int extra = random.nextInt(5);
    int[] out = Arrays.copyOf(last, keep + extra);
    for (int k = keep; k < out.length; k++) {
      out[k] = literal(n, random);
    }
    return out;
  }

  private static int literal(int n, Random random) {
    int v = 1 + random.nextInt(n);
    return random.nextBoolean() ? v : -v;
  }
}
