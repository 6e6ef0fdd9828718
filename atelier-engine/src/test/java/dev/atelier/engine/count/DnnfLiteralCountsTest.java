package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The two-pass per-literal counts against one conditioned count per literal ({@link
 * DecisionDnnf#count}, itself checked against enumeration in {@link DnnfCompilerTest}).
 */
class DnnfLiteralCountsTest {
  private static final long SEED = 20261206L;

  @Test
  void everyLiteralsCountEqualsTheCountConditionedOnIt() {
    Random random = new Random(SEED);
    for (int round = 0; round < 1500; round++) {
      int numVars = 1 + random.nextInt(14);
      int[][] clauses = new int[random.nextInt(2 * numVars + 2)][];
      for (int k = 0; k < clauses.length; k++) {
        clauses[k] = lits(random, numVars, 1 + random.nextInt(3));
      }
      DecisionDnnf dnnf =
          DnnfCompiler.compile(numVars, clauses, new int[0], Deadline.none(), 1_000_000)
              .orElseThrow();
      for (int q = 0; q < 3; q++) {
        int[] units = lits(random, numVars, random.nextInt(3));
        BigInteger[] counts = DnnfLiteralCounts.of(dnnf, units, Deadline.none()).orThrow();
        for (int v = 1; v <= numVars; v++) {
          for (int lit : new int[] {v, -v}) {
            int[] with = Arrays.copyOf(units, units.length + 1);
            with[units.length] = lit;
            assertThat(counts[DecisionDnnf.index(lit)])
                .as("round %d query %d literal %d (seed %d)", round, q, lit, SEED)
                .isEqualTo(dnnf.count(with));
          }
          assertThat(counts[DecisionDnnf.index(v)].add(counts[DecisionDnnf.index(-v)]))
              .isEqualTo(dnnf.count(units));
        }
      }
    }
  }

  @Test
  void aPassedDeadlineIsATimeoutResult() {
    int[][] clauses = {{1, 2}, {-2, 3}};
    DecisionDnnf dnnf =
        DnnfCompiler.compile(3, clauses, new int[0], Deadline.none(), 1_000).orElseThrow();
    Result<BigInteger[]> r = DnnfLiteralCounts.of(dnnf, new int[0], Deadline.inMillis(-1));
    assertThat(r.failureOrNull()).isNotNull();
    assertThat(r.failureOrNull().kind()).isEqualTo(Failure.Kind.TIMED_OUT);
  }

  private static int[] lits(Random random, int numVars, int n) {
    int[] lits = new int[n];
    for (int i = 0; i < n; i++) {
      int v = 1 + random.nextInt(numVars);
      lits[i] = random.nextBoolean() ? v : -v;
    }
    return lits;
  }
}
