package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The clique tree's valid values (incremental support counting) and per-value counts (sum-product)
 * agree with brute force on seeded random table models (wildcards, unset cells, optional
 * attributes), along sequences of evidence that mostly narrow and sometimes widen again.
 */
class CliqueTreeTest {

  @Test
  void validValuesAndPerValueCountsMatchBruteForce() {
    Random random = new Random(140);
    int checked = 0;
    for (int m = 0; m < 250; m++) {
      ProductModel model =
          RandomTableModels.generate(random, 3 + random.nextInt(7), 1 + random.nextInt(9));
      TableCsp csp = TableCsp.of(model).orElseThrow();
      CliqueTree tree =
          CliqueTree.build(csp, Deadline.none(), Long.MAX_VALUE, () -> false).orThrow();
      TreeEvidence support = tree.satisfiable() ? tree.newSupport() : null;
      boolean[][] allowed = all(csp.domains());
      for (int step = 0; step < 6; step++) {
        BruteForce.Counts expected = BruteForce.count(csp, allowed);
        CliqueCounts.Counts counts = CliqueCounts.count(tree, allowed, Deadline.none()).orThrow();
        assertThat(counts.total()).as("model %d step %d", m, step).isEqualTo(expected.total());
        for (int x = 0; x < allowed.length; x++) {
          assertThat(counts.perValue()[x])
              .as("model %d var %d", m, x)
              .containsExactly(expected.perValue()[x]);
        }
        assertThat(tree.satisfiable())
            .isEqualTo(!BruteForce.count(csp, all(csp.domains())).total().equals(BigInteger.ZERO));
        if (support != null) {
          if (!support.narrows(allowed)) {
            support = tree.newSupport();
          }
          boolean[][] valid = support.restrict(allowed, Deadline.none()).orThrow();
          for (int x = 0; x < allowed.length; x++) {
            for (int j = 0; j < allowed[x].length; j++) {
              assertThat(valid[x][j])
                  .as("model %d step %d var %d value %d", m, step, x, j)
                  .isEqualTo(expected.perValue()[x][j].signum() > 0);
            }
          }
        }
        checked++;
        allowed = next(random, allowed);
      }
    }
    assertThat(checked).isEqualTo(1500);
  }

  @Test
  void aPassedDeadlineIsATimedOutResultOrTheTree() {
    Random random = new Random(7);
    TableCsp csp = TableCsp.of(RandomTableModels.generate(random, 9, 8)).orElseThrow();
    while (!CliqueTree.build(csp, Deadline.none(), Long.MAX_VALUE, () -> false)
        .orThrow()
        .satisfiable()) {
      csp = TableCsp.of(RandomTableModels.generate(random, 9, 8)).orElseThrow();
    }
    var built = CliqueTree.build(csp, Deadline.inMillis(-1), Long.MAX_VALUE, () -> true);
    if (!built.isOk()) {
      assertThat(built.failureOrNull().kind())
          .isEqualTo(dev.atelier.engine.result.Failure.Kind.TIMED_OUT);
    } else {
      assertThat(built.orThrow().variables()).isEqualTo(9);
    }
    var tooLarge = CliqueTree.build(csp, Deadline.none(), 0, () -> false);
    assertThat(tooLarge.failureOrNull().kind())
        .isEqualTo(dev.atelier.engine.result.Failure.Kind.TOO_LARGE);
  }

  private static boolean[][] all(int[] domains) {
    boolean[][] a = new boolean[domains.length][];
    for (int x = 0; x < domains.length; x++) {
      a[x] = new boolean[domains[x]];
      java.util.Arrays.fill(a[x], true);
    }
    return a;
  }

  /** Mostly narrows one variable (a decision or a refused value); sometimes widens it again. */
  private static boolean[][] next(Random random, boolean[][] allowed) {
    boolean[][] a = new boolean[allowed.length][];
    for (int x = 0; x < a.length; x++) {
      a[x] = allowed[x].clone();
    }
    int x = random.nextInt(a.length);
    int pick = random.nextInt(5);
    if (pick == 0) {
      java.util.Arrays.fill(a[x], true);
    } else if (pick == 1) {
      a[x][random.nextInt(a[x].length)] = false;
    } else {
      int j = random.nextInt(a[x].length);
      java.util.Arrays.fill(a[x], false);
      a[x][j] = true;
    }
    return a;
  }
}
