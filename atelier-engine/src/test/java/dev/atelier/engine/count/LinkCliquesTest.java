package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.SmallCnfs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cover of binary links by cliques ({@link LinkCliques}) and the split that visits a clique as
 * one: seeded random CNFs of 4-14 variables with up to three at-most-one groups of 3-6 variables
 * (pairwise {@code -a | -b}, overlapping at times). The cover must keep every link (as a link or
 * inside a clique whose members are pairwise linked), and the compiler with cliques must count as
 * enumeration and as the compiler without them, with and without a root unit.
 */
class LinkCliquesTest {
  private static final long SEED = 20261207L;

  @Test
  void everyLinkIsKeptAndEveryCliqueIsPairwiseLinked() {
    Random random = new Random(SEED);
    int cliques = 0;
    for (int round = 0; round < 200; round++) {
      int n = 4 + random.nextInt(11);
      int[][] cnf = withGroups(SmallCnfs.random(n, random, true), n, random);
      boolean[][] linked = new boolean[n + 1][n + 1];
      for (int[] c : cnf) {
        if (LinkSplitter.isLink(c)) {
          linked[Math.abs(c[0])][Math.abs(c[1])] = true;
          linked[Math.abs(c[1])][Math.abs(c[0])] = true;
        }
      }
      LinkCliques cover = new LinkCliques(n, cnf);
      boolean[][] kept = new boolean[n + 1][n + 1];
      for (int v = 1; v <= n; v++) {
        for (int u : cover.links[v]) {
          kept[v][u] = true;
        }
      }
      for (int[] members : cover.members) {
        cliques++;
        assertThat(members.length).isGreaterThanOrEqualTo(3);
        for (int a : members) {
          for (int b : members) {
            assertThat(a == b || linked[a][b]).as("round %d: %d - %d", round, a, b).isTrue();
            kept[a][b] |= a != b;
          }
        }
      }
      for (int a = 1; a <= n; a++) {
        for (int b = 1; b <= n; b++) {
          assertThat(kept[a][b]).as("round %d: link %d - %d", round, a, b).isEqualTo(linked[a][b]);
        }
      }
    }
    assertThat(cliques).as("cliques were found").isGreaterThan(100);
  }

  @Test
  void theSplitOverCliquesCountsAsEnumerationAndAsTheSplitOverLinks() {
    Random random = new Random(SEED + 1);
    DnnfCompiler.Tuning withCliques = DnnfCompiler.Tuning.DEFAULT.withCliques(true);
    DnnfCompiler.Tuning withoutCliques = DnnfCompiler.Tuning.DEFAULT.withCliques(false);
    for (int round = 0; round < 200; round++) {
      int n = 4 + random.nextInt(11);
      int[][] cnf = withGroups(SmallCnfs.random(n, random, true), n, random);
      int[] units = round % 3 == 0 ? new int[] {(random.nextBoolean() ? 1 : -1) * n} : new int[0];
      String where = "round " + round + " (seed " + (SEED + 1) + ")";
      DecisionDnnf on =
          DnnfCompiler.compileTuned(n, cnf, units, 1_000_000, false, withCliques)
              .dnnf()
              .orElseThrow();
      DecisionDnnf off =
          DnnfCompiler.compileTuned(n, cnf, units, 1_000_000, false, withoutCliques)
              .dnnf()
              .orElseThrow();
      assertThat(on.count(new int[0]))
          .as(where)
          .isEqualTo(SmallCnfs.count(cnf, units, n))
          .isEqualTo(off.count(new int[0]));
      for (int q = 0; q < 2; q++) {
        int lit = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(n));
        int[] with = Arrays.copyOf(units, units.length + 1);
        with[units.length] = lit;
        assertThat(on.count(new int[] {lit}))
            .as(where + ", literal " + lit)
            .isEqualTo(SmallCnfs.count(cnf, with, n));
      }
    }
  }

  /** {@code cnf} with up to three at-most-one groups of 3-6 distinct variables added. */
  private static int[][] withGroups(int[][] cnf, int n, Random random) {
    List<int[]> out = new ArrayList<>(Arrays.asList(cnf));
    int groups = random.nextInt(4);
    for (int g = 0; g < groups; g++) {
      int size = Math.min(n, 3 + random.nextInt(4));
      int[] vars = random.ints(1, n + 1).distinct().limit(size).toArray();
      for (int i = 0; i < vars.length; i++) {
        for (int j = i + 1; j < vars.length; j++) {
          out.add(new int[] {-vars[i], -vars[j]});
        }
      }
    }
    return out.toArray(new int[0][]);
  }
}
