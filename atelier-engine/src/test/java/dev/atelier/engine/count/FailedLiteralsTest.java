package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.SmallCnfs;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FailedLiterals}: every literal it assigns after a decision holds in every model of the CNF
 * with that decision (enumeration), a conflict it reports means no such model, and the search with
 * it counts and compiles as enumeration does.
 */
class FailedLiteralsTest {
  private static final long SEED = 20261208L;

  @Test
  void assignsOnlyImpliedLiterals() {
    Random random = new Random(SEED);
    long implied = 0;
    int conflicts = 0;
    for (int round = 0; round < 600; round++) {
      int n = 3 + random.nextInt(12);
      int[][] cnf = SmallCnfs.random(n, random, true);
      int decision = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(n));
      ClauseState state = new ClauseState(n, cnf);
      boolean rootOk = true;
      for (int[] clause : cnf) {
        rootOk &= clause.length != 1 || state.enqueue(clause[0]);
      }
      int from = state.trailSize();
      if (!rootOk || !state.propagate() || !state.enqueue(decision) || !state.propagate()) {
        continue;
      }
      int propagated = state.trailSize();
      FailedLiterals probes = new FailedLiterals(state, new int[n + 1]);
      boolean[] possible = SmallCnfs.possible(cnf, new int[] {decision}, n);
      if (!probes.probe(from)) {
        conflicts++;
        assertThat(possible[0]).as("round %d: a conflict, so no model", round).isFalse();
        continue;
      }
      implied += state.trailSize() - propagated;
      if (!possible[0]) {
        continue;
      }
      for (int lit : state.assignedSince(from)) {
        assertThat(possible[SmallCnfs.index(-lit)])
            .as("round %d: %d assigned, so no model has %d", round, lit, -lit)
            .isFalse();
      }
    }
    assertThat(implied).as("literals the probes found beyond propagation").isGreaterThan(50);
    assertThat(conflicts).as("decisions the probes refuted").isGreaterThan(5);
  }

  @Test
  void searchWithProbesCountsAsEnumeration() {
    Random random = new Random(SEED + 1);
    DnnfCompiler.Tuning probing = DnnfCompiler.Tuning.DEFAULT.withProbe(true);
    for (int round = 0; round < 400; round++) {
      int n = 1 + random.nextInt(16);
      int[][] cnf = SmallCnfs.random(n, random, true);
      int[] units = round % 3 == 0 ? new int[] {(random.nextBoolean() ? 1 : -1) * n} : new int[0];
      BigInteger expected = SmallCnfs.count(cnf, units, n);
      assertThat(ComponentCounter.countTuned(n, cnf, units, false, probing).result().orElseThrow())
          .as("count-only, round %d (seed %d)", round, SEED + 1)
          .isEqualTo(expected);
      assertThat(
              DnnfCompiler.compileTuned(n, cnf, units, Integer.MAX_VALUE, round % 2 == 0, probing)
                  .dnnf()
                  .orElseThrow()
                  .count(new int[0]))
          .as("DNNF, round %d (seed %d)", round, SEED + 1)
          .isEqualTo(expected);
      assertThat(
              ComponentCounter.countTuned(
                      n, cnf, units, false, DnnfCompiler.cacheOf(400).withProbe(true))
                  .result()
                  .orElseThrow())
          .as("count-only, evicting cache, round %d", round)
          .isEqualTo(expected);
    }
  }
}
