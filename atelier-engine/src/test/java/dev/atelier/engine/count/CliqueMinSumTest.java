package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cheapest solution by min-sum over the clique tree and the tree's consistency check of a
 * subset of decisions agree with brute force on seeded random table models (wildcards, unset cells,
 * optional attributes) under random evidence and random per-value prices.
 */
class CliqueMinSumTest {

  @Test
  void cheapestSolutionsAndConsistencyChecksMatchBruteForce() {
    Random random = new Random(14);
    int cheapest = 0;
    int inconsistent = 0;
    for (int m = 0; m < 250; m++) {
      TableCsp csp =
          TableCsp.of(
                  RandomTableModels.generate(random, 3 + random.nextInt(7), 1 + random.nextInt(9)))
              .orElseThrow();
      CliqueTree tree = TreeAndSat.treeOf(csp);
      for (int step = 0; step < 4; step++) {
        boolean[][] allowed = evidence(random, csp.domains());
        long[][] cost = prices(random, csp.domains());
        OptionalLong expected = BruteForce.cheapest(csp, allowed, cost);
        Optional<CliqueMinSum.Cheapest> found =
            CliqueMinSum.cheapest(tree, allowed, cost, Deadline.none()).orThrow();
        assertThat(found.map(CliqueMinSum.Cheapest::cost))
            .as("model %d step %d", m, step)
            .isEqualTo(expected.isPresent() ? Optional.of(expected.getAsLong()) : Optional.empty());
        assertThat(CliqueConsistency.consistent(tree, allowed, Deadline.none()).orThrow())
            .as("model %d step %d", m, step)
            .isEqualTo(expected.isPresent());
        if (found.isPresent()) {
          int[] values = found.get().values();
          assertThat(BruteForce.satisfies(csp, values)).isTrue();
          long total = 0;
          for (int x = 0; x < values.length; x++) {
            assertThat(allowed[x][values[x]]).isTrue();
            total += cost[x][values[x]];
          }
          assertThat(total).isEqualTo(found.get().cost());
          cheapest++;
        } else {
          inconsistent++;
        }
      }
    }
    assertThat(cheapest).isGreaterThan(200);
    assertThat(inconsistent).isGreaterThan(50);
  }

  @Test
  void aPassedDeadlineIsATimedOutResult() {
    Random random = new Random(3);
    CliqueTree tree = null;
    TableCsp csp = null;
    while (tree == null || !tree.satisfiable()) {
      csp = TableCsp.of(RandomTableModels.generate(random, 9, 3)).orElseThrow();
      tree = TreeAndSat.treeOf(csp);
    }
    boolean[][] all = evidence(new Random(1), csp.domains());
    for (boolean[] a : all) {
      Arrays.fill(a, true);
    }
    var result =
        CliqueMinSum.cheapest(tree, all, prices(random, csp.domains()), Deadline.inMillis(-1));
    assertThat(result.failureOrNull().kind()).isEqualTo(Failure.Kind.TIMED_OUT);
  }

  /** Each variable: all values, one value (a decision), or a few refused. */
  private static boolean[][] evidence(Random random, int[] domains) {
    boolean[][] a = new boolean[domains.length][];
    for (int x = 0; x < domains.length; x++) {
      a[x] = new boolean[domains[x]];
      Arrays.fill(a[x], true);
      int pick = random.nextInt(6);
      if (pick == 0) {
        Arrays.fill(a[x], false);
        a[x][random.nextInt(domains[x])] = true;
      } else if (pick == 1) {
        a[x][random.nextInt(domains[x])] = false;
      }
    }
    return a;
  }

  private static long[][] prices(Random random, int[] domains) {
    long[][] cost = new long[domains.length][];
    for (int x = 0; x < domains.length; x++) {
      cost[x] = random.longs(domains[x], 0, 1000).toArray();
    }
    return cost;
  }
}
