package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.result.Deadline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure statistics and the min-fill order on CNFs whose structure is known. */
class CnfStatisticsTest {

  @Test
  void minFillWidthIsExactOnPathsCyclesAndCliques() {
    assertThat(FillOrder.of(6, path(6, false), Deadline.none()).width()).isEqualTo(1);
    assertThat(FillOrder.of(6, path(6, true), Deadline.none()).width()).isEqualTo(2);
    List<int[]> clique = new ArrayList<>();
    for (int a = 1; a <= 5; a++) {
      for (int b = a + 1; b <= 5; b++) {
        clique.add(new int[] {a, b, 6});
      }
    }
    FillOrder.Order order = FillOrder.of(6, clique.toArray(new int[0][]), Deadline.none());
    assertThat(order.width()).isEqualTo(5);
    assertThat(order.ranks()).doesNotHaveDuplicates().hasSize(7);
  }

  @Test
  void aliasesExactlyOneGroupsAndClauseLengthsAreCounted() {
    List<int[]> clauses = new ArrayList<>();
    // Codes 1..4 exactly one; 5 and 6 are other names of 1; 7 <-> 2 | 3 (a gate), 8 free with 7.
    clauses.add(new int[] {1, 2, 3, 4});
    for (int a = 1; a <= 4; a++) {
      for (int b = a + 1; b <= 4; b++) {
        clauses.add(new int[] {-a, -b});
      }
    }
    clauses.add(new int[] {-5, 1});
    clauses.add(new int[] {5, -1});
    clauses.add(new int[] {-6, 5});
    clauses.add(new int[] {6, -5});
    clauses.add(new int[] {7, -2});
    clauses.add(new int[] {7, -3});
    clauses.add(new int[] {-7, 2, 3});
    clauses.add(new int[] {-8, 7, 4});
    CnfStatistics.Stats s = CnfStatistics.of(8, clauses.toArray(new int[0][]));
    assertThat(s.clauses()).isEqualTo(15);
    assertThat(s.lengths()[2]).isEqualTo(12);
    assertThat(s.lengths()[3]).isEqualTo(2);
    assertThat(s.lengths()[4]).isEqualTo(1);
    assertThat(s.aliased()).isEqualTo(2);
    assertThat(s.classes()).isEqualTo(1);
    assertThat(s.amoGroups()).isEqualTo(1);
    assertThat(s.amoMax()).isEqualTo(4);
    // 5 and 6 substituted; 7 (2 | 3) and 1 (none of 2, 3, 4) eliminated as gates: 2, 3, 4, 8.
    assertThat(s.simpleVars()).isEqualTo(4);
    assertThat(s.width()).isBetween(1, 3);
  }

  private static int[][] path(int n, boolean cycle) {
    List<int[]> out = new ArrayList<>();
    for (int v = 1; v < n; v++) {
      out.add(new int[] {-v, v + 1});
    }
    if (cycle) {
      out.add(new int[] {-n, 1});
    }
    return out.toArray(new int[0][]);
  }
}
