package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.SmallCnfs;
import dev.atelier.engine.result.Deadline;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The count-only search ({@link ComponentCounter}: counts in the component cache, no DNNF) against
 * enumeration and against the DNNF the same search builds: 200 seeded random CNFs of 1-14 variables
 * (with at-most-one groups), with and without root units, over both splits, with and without
 * cliques of links, with the oracle asked on every component, and with a cache so small that it
 * evicts.
 */
class ComponentCounterTest {
  private static final long SEED = 20261216L;

  @Test
  void countsMatchEnumerationAndTheDnnf() {
    Random random = new Random(SEED);
    DnnfCompiler.Tuning[] tunings = {
      DnnfCompiler.Tuning.DEFAULT,
      DnnfCompiler.Tuning.DEFAULT.splitOverClauses(true),
      DnnfCompiler.Tuning.DEFAULT.withCliques(false),
      DnnfCompiler.cacheOf(400),
    };
    long evictions = 0;
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(14);
      int[][] cnf = SmallCnfs.random(n, random, true);
      int[] units = round % 3 == 0 ? new int[] {(random.nextBoolean() ? 1 : -1) * n} : new int[0];
      BigInteger expected = SmallCnfs.count(cnf, units, n);
      String where = "round " + round + " (seed " + SEED + ")";
      for (DnnfCompiler.Tuning tuning : tunings) {
        DnnfCompiler.Searched<BigInteger> counted =
            ComponentCounter.countTuned(n, cnf, units, false, tuning);
        DecisionDnnf dnnf =
            DnnfCompiler.compileTuned(n, cnf, units, 1_000_000, false, tuning).dnnf().orElseThrow();
        assertThat(counted.result().orElseThrow())
            .as(where + ", " + tuning)
            .isEqualTo(expected)
            .isEqualTo(dnnf.count(new int[0]));
        evictions += counted.evictions();
      }
      assertThat(
              ComponentCounter.countTuned(n, cnf, units, true, DnnfCompiler.oracleFrom(2))
                  .result()
                  .orElseThrow())
          .as(where + ", oracle on every component")
          .isEqualTo(expected);
      int[] ranks = random.ints(n + 1, 0, 1000).toArray();
      assertThat(
              ComponentCounter.count(n, cnf, units, Deadline.none(), () -> false, false, ranks)
                  .orElseThrow())
          .as(where + ", random ranks")
          .isEqualTo(expected);
    }
    assertThat(evictions).as("the 400-byte cache evicts").isPositive();
  }

  @Test
  void oneWideClauseCountsInClosedForm() {
    int numVars = 3000;
    int[] clause = new int[2000];
    for (int i = 0; i < clause.length; i++) {
      clause[i] = (i % 3 == 0 ? -1 : 1) * (1 + i);
    }
    int[][] cnf = {clause};
    BigInteger all = BigInteger.TWO.pow(numVars);
    assertThat(
            ComponentCounter.count(
                    numVars, cnf, new int[0], Deadline.none(), () -> false, false, null)
                .orElseThrow())
        .isEqualTo(all.subtract(BigInteger.TWO.pow(numVars - clause.length)));
    // Under a unit that falsifies one literal, with a tautology over two other variables.
    int[][] more = {clause, {2500, -2500, 2501}};
    int[] units = {-clause[0]};
    BigInteger expected =
        BigInteger.TWO.pow(numVars - 1).subtract(BigInteger.TWO.pow(numVars - clause.length));
    assertThat(
            ComponentCounter.count(numVars, more, units, Deadline.none(), () -> false, false, null)
                .orElseThrow())
        .isEqualTo(expected);
    assertThat(
            CnfCounter.countOnly(
                    numVars,
                    more,
                    units,
                    null,
                    Deadline.none(),
                    () -> false,
                    true,
                    CnfCounter.QUICK_CPU_NANOS)
                .orElseThrow())
        .as("quick stage")
        .isEqualTo(expected);
  }
}
