package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.result.Deadline;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The min-degree elimination order behind the DNNF compiler's branching. */
class EliminationOrderTest {

  @Test
  void ranksArePermutationWithTheHubOfAStarLast() {
    // Variable 3 is the hub: every clause mentions it.
    int[][] clauses = {{3, 1}, {-3, 2}, {3, -4}, {-3, 5}};
    int[] rank = EliminationOrder.ranks(5, clauses, Deadline.none(), 100);
    assertThat(Arrays.stream(rank, 1, 6).sorted().toArray()).containsExactly(1, 2, 3, 4, 5);
    // The hub goes with the last of its leaves, so it ranks above all the others.
    assertThat(rank[3]).isGreaterThanOrEqualTo(4);
    assertThat(rank[1]).isLessThan(rank[3]);
  }

  @Test
  void noOrderForGraphsAboveTheLimit() {
    int[][] clauses = {{1, 2}, {2, 3}};
    assertThat(EliminationOrder.ranks(3, clauses, Deadline.none(), 2)).isNull();
  }
}
