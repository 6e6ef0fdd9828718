package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.SmallCnfs;
import dev.atelier.engine.result.Deadline;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TreeRanks}: the count-only search branching by tree depths (ties broken by open links and
 * clauses, or by the order) counts as enumeration does, and a chain's centroid is its middle.
 */
class TreeRanksTest {
  private static final long SEED = 20261207L;

  @Test
  void countsMatchEnumerationWithEveryTreeRanking() {
    Random random = new Random(SEED);
    int ties = 0;
    for (int round = 0; round < 300; round++) {
      int n = 1 + random.nextInt(16);
      int[][] cnf = SmallCnfs.random(n, random, true);
      int[] units = round % 3 == 0 ? new int[] {(random.nextBoolean() ? 1 : -1) * n} : new int[0];
      BigInteger expected = SmallCnfs.count(cnf, units, n);
      FillOrder.Order order = FillOrder.of(n, cnf, Deadline.none());
      for (int mode = 0; mode < 3; mode++) {
        int[] ranks = TreeRanks.of(order, mode != 1, mode == 2);
        ties += mode == 0 && hasTie(ranks) ? 1 : 0;
        assertThat(
                ComponentCounter.count(n, cnf, units, Deadline.none(), () -> false, false, ranks)
                    .orElseThrow())
            .as("round %d mode %d (seed %d)", round, mode, SEED)
            .isEqualTo(expected);
      }
    }
    assertThat(ties).as("depth ranks that tie, so the splitter's tie-break ran").isGreaterThan(50);
  }

  @Test
  void aChainIsRootedInItsMiddle() {
    int n = 31;
    int[][] chain = new int[n - 1][];
    for (int v = 1; v < n; v++) {
      chain[v - 1] = new int[] {-v, v + 1};
    }
    FillOrder.Order order = FillOrder.of(n, chain, Deadline.none());
    int[] centroid = TreeRanks.of(order, true, false);
    int top = 0;
    for (int v = 1; v <= n; v++) {
      top = Math.max(top, centroid[v]);
    }
    for (int v = 1; v <= n; v++) {
      assertThat(centroid[v] == top).as("var %d at the top", v).isEqualTo(v == 16 || v == 17);
    }
    assertThat(centroid[1]).as("an end at the bottom").isZero();
    int[] byOrder = TreeRanks.of(order, true, true);
    for (int v = 1; v <= n; v++) {
      assertThat(byOrder[v] / (n + 1)).as("var %d's level", v).isEqualTo(centroid[v]);
    }
  }

  private static boolean hasTie(int[] ranks) {
    for (int a = 1; a < ranks.length; a++) {
      for (int b = a + 1; b < ranks.length; b++) {
        if (ranks[a] == ranks[b]) {
          return true;
        }
      }
    }
    return false;
  }
}
