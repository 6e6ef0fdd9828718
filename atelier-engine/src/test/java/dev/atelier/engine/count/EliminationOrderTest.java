package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.result.Deadline;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The min-degree elimination order behind the DNNF compiler's branching. */
class EliminationOrderTest {

  @Test
  void ranksArePermutationWithTheHubOfAStarLast() {
    // Variable 3 is the hub of 40 leaves (the order's width is 1, narrow enough).
    int[][] clauses = new int[40][];
    for (int k = 0; k < clauses.length; k++) {
      int leaf = k < 2 ? k + 1 : k + 2;
      clauses[k] = new int[] {k % 2 == 0 ? 3 : -3, leaf};
    }
    int[] rank = EliminationOrder.ranks(41, clauses, Deadline.none(), 100);
    int[] expected = new int[41];
    Arrays.setAll(expected, i -> i + 1);
    assertThat(Arrays.stream(rank, 1, 42).sorted().toArray()).containsExactly(expected);
    // The hub goes with the last of its leaves, so it ranks above all the others.
    assertThat(rank[3]).isGreaterThanOrEqualTo(40);
    assertThat(rank[1]).isLessThan(rank[3]);
  }

  @Test
  void noOrderWhenTheDecompositionIsWide() {
    // A clique of 20 variables: its elimination cliques are far above a twentieth of them.
    int[] clique = new int[20];
    Arrays.setAll(clique, i -> i + 1);
    assertThat(EliminationOrder.ranks(20, new int[][] {clique}, Deadline.none(), 100)).isNull();
  }

  @Test
  void noOrderForGraphsAboveTheLimit() {
    int[][] clauses = {{1, 2}, {2, 3}};
    assertThat(EliminationOrder.ranks(3, clauses, Deadline.none(), 2)).isNull();
  }
}
