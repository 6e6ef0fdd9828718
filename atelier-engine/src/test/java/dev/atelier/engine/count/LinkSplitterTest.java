package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.SmallCnfs;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compiler splitting over variables and binary links ({@link LinkSplitter}) against brute force
 * and against the split over every open clause ({@link ComponentSplitter}): seeded random CNFs of
 * 3-12 variables (60 % binary clauses, some over one variable twice, such as {@code x | x} and
 * {@code x | -x}), compiled with and without a root unit; the count and two literals' counts must
 * match enumeration. (The node counts may differ: parts come in another order, and the parts
 * compiled before an unsatisfiable sibling is found are built either way.)
 */
class LinkSplitterTest {
  private static final long SEED = 20261207L;

  @Test
  void linkSplitCountsAsEnumerationAndAsTheClauseSplit() {
    Random random = new Random(SEED);
    DnnfCompiler.Tuning links = DnnfCompiler.Tuning.DEFAULT.splitOverClauses(false);
    DnnfCompiler.Tuning clauses = DnnfCompiler.Tuning.DEFAULT.splitOverClauses(true);
    int degenerate = 0;
    for (int round = 0; round < 400; round++) {
      int n = 3 + random.nextInt(10);
      int[][] cnf = SmallCnfs.random(n, random, round % 2 == 0);
      for (int[] c : cnf) {
        degenerate += c.length == 2 && !LinkSplitter.isLink(c) ? 1 : 0;
      }
      int[] units = round % 3 == 0 ? new int[] {(random.nextBoolean() ? 1 : -1) * n} : new int[0];
      String where = "round " + round + " (seed " + SEED + ")";
      DecisionDnnf byLinks =
          DnnfCompiler.compileTuned(n, cnf, units, 1_000_000, false, links).dnnf().orElseThrow();
      DecisionDnnf byClauses =
          DnnfCompiler.compileTuned(n, cnf, units, 1_000_000, false, clauses).dnnf().orElseThrow();
      assertThat(byLinks.count(new int[0]))
          .as(where)
          .isEqualTo(SmallCnfs.count(cnf, units, n))
          .isEqualTo(byClauses.count(new int[0]));
      for (int q = 0; q < 2; q++) {
        int lit = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(n));
        int[] with = java.util.Arrays.copyOf(units, units.length + 1);
        with[units.length] = lit;
        assertThat(byLinks.count(new int[] {lit}))
            .as(where + ", literal " + lit)
            .isEqualTo(SmallCnfs.count(cnf, with, n));
      }
    }
    assertThat(degenerate).as("CNFs with x | x or x | -x were among them").isPositive();
  }
}
