package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.SmallCnfs;
import dev.atelier.engine.result.Deadline;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The order portfolio ({@link OrderPortfolio}: searches by several orders taking turns on one CPU
 * budget) against enumeration on 150 seeded random CNFs of 1-14 variables, also through {@link
 * CnfCounter#countOnly} (whose full stage is the portfolio); against one search on 8 CNFs of
 * 1,500-2,000 variables with counts past a long, handing over at every check (so each search is
 * paused and resumed many times); and giving up on its CPU budget.
 */
class OrderPortfolioTest {
  private static final long SEED = 20261219L;

  @Test
  void smallCountsMatchEnumeration() {
    Random random = new Random(SEED);
    for (int round = 0; round < 150; round++) {
      int n = 1 + random.nextInt(14);
      int[][] cnf = SmallCnfs.random(n, random, true);
      int[] units = round % 3 == 0 ? new int[] {(random.nextBoolean() ? 1 : -1) * n} : new int[0];
      BigInteger expected = SmallCnfs.count(cnf, units, n);
      List<int[]> orders =
          List.of(random.ints(n + 1, 0, 1000).toArray(), random.ints(n + 1, 0, 1000).toArray());
      String where = "round " + round + " (seed " + SEED + ")";
      assertThat(
              OrderPortfolio.run(n, cnf, units, orders, Deadline.none(), () -> false, 1L << 60, 0)
                  .count()
                  .orElseThrow())
          .as(where)
          .isEqualTo(expected);
      assertThat(
              CnfCounter.countOnly(
                      n,
                      cnf,
                      units,
                      null,
                      new CnfCounter.Stages(n, Deadline.none(), () -> false, true, 0),
                      Long.MAX_VALUE,
                      true)
                  .orElseThrow())
          .as(where + ", through the counter's full stage")
          .isEqualTo(expected);
    }
  }

  @Test
  void searchesResumedAtEveryCheckCountAsOneSearch() {
    Random random = new Random(SEED);
    int slices = 0;
    for (int round = 0; round < 8; round++) {
      int numVars = 1500 + random.nextInt(500);
      int[][] cnf = CountCacheTest.chains(random, numVars);
      BigInteger expected =
          ComponentCounter.countTuned(numVars, cnf, new int[0], false, DnnfCompiler.Tuning.DEFAULT)
              .result()
              .orElseThrow();
      assertThat(expected.bitLength()).as("round " + round + ": past a long").isGreaterThan(64);
      List<int[]> orders =
          List.of(
              FillOrder.of(numVars, cnf, Deadline.none()).ranks(),
              EliminationOrder.ranks(numVars, cnf, Deadline.none(), 20_000, true));
      OrderPortfolio.Ran ran =
          OrderPortfolio.run(
              numVars, cnf, new int[0], orders, Deadline.none(), () -> false, 1L << 60, 0);
      assertThat(ran.count()).as("round " + round).isEqualTo(Optional.of(expected));
      slices += ran.slices();
    }
    assertThat(slices).as("the searches took turns").isGreaterThan(8 * 2);
  }

  @Test
  void givesUpOnItsCpuBudget() {
    Random random = new Random(SEED);
    int numVars = 160;
    int[][] cnf = CountCacheTest.chains(random, numVars);
    List<int[]> orders = List.of(random.ints(numVars + 1).toArray(), new int[numVars + 1]);
    OrderPortfolio.Ran ran =
        OrderPortfolio.run(numVars, cnf, new int[0], orders, Deadline.none(), () -> false, 1, 0);
    assertThat(ran.count()).isEmpty();
    assertThat(
            OrderPortfolio.run(
                    numVars, cnf, new int[0], orders, Deadline.none(), () -> true, 1L << 60, 0)
                .count())
        .as("stopped")
        .isEmpty();
  }
}
