package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.result.Deadline;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decision-DNNF compiler against brute-force enumeration on seeded random CNFs. */
class DnnfCompilerTest {
  private static final long SEED = 20261122L;

  @Test
  void countsAndPossibleLiteralsMatchEnumeration() {
    Random random = new Random(SEED);
    for (int round = 0; round < 3000; round++) {
      int numVars = 1 + random.nextInt(12);
      int[][] clauses = randomClauses(random, numVars);
      int[] compileUnits = randomUnits(random, numVars, random.nextInt(3));
      DecisionDnnf dnnf =
          DnnfCompiler.compile(numVars, clauses, compileUnits, Deadline.none(), 1_000_000)
              .orElseThrow();
      for (int q = 0; q < 4; q++) {
        int[] units = randomUnits(random, numVars, random.nextInt(4));
        int[] all = concat(compileUnits, units);
        String where = "round " + round + " query " + q + " (seed " + SEED + ")";
        assertThat(dnnf.count(units)).as(where).isEqualTo(bruteCount(numVars, clauses, all));
        assertThat(dnnf.possibleLiterals(units))
            .as(where)
            .isEqualTo(brutePossible(numVars, clauses, all));
      }
    }
  }

  @Test
  void givesUpWhenTheNodeBudgetIsSpent() {
    Random random = new Random(SEED);
    int numVars = 30;
    int[][] clauses = new int[20][];
    for (int k = 0; k < clauses.length; k++) {
      clauses[k] = new int[] {1 + random.nextInt(numVars), -(1 + random.nextInt(numVars))};
    }
    assertThat(DnnfCompiler.compile(numVars, clauses, new int[0], Deadline.none(), 3)).isEmpty();
  }

  @Test
  void anUnsatisfiableCnfHasNoModels() {
    int[][] clauses = {{1}, {-1, 2}, {-2}};
    DecisionDnnf dnnf =
        DnnfCompiler.compile(2, clauses, new int[0], Deadline.none(), 100).orElseThrow();
    assertThat(dnnf.count(new int[0])).isZero();
    assertThat(dnnf.possibleLiterals(new int[0])).isNull();
  }

  private static int[][] randomClauses(Random random, int numVars) {
    int[][] clauses = new int[random.nextInt(2 * numVars + 2)][];
    for (int k = 0; k < clauses.length; k++) {
      clauses[k] = randomUnits(random, numVars, 1 + random.nextInt(3));
    }
    return clauses;
  }

  private static int[] randomUnits(Random random, int numVars, int n) {
    int[] lits = new int[n];
    for (int i = 0; i < n; i++) {
      int v = 1 + random.nextInt(numVars);
      lits[i] = random.nextBoolean() ? v : -v;
    }
    return lits;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static boolean satisfies(int mask, int[] clause) {
    for (int lit : clause) {
      boolean value = (mask >> (Math.abs(lit) - 1) & 1) == 1;
      if (value == lit > 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isModel(int mask, int[][] clauses, int[] units) {
    for (int[] clause : clauses) {
      if (!satisfies(mask, clause)) {
        return false;
      }
    }
    for (int lit : units) {
      if (!satisfies(mask, new int[] {lit})) {
        return false;
      }
    }
    return true;
  }

  private static BigInteger bruteCount(int numVars, int[][] clauses, int[] units) {
    long n = 0;
    for (int mask = 0; mask < 1 << numVars; mask++) {
      if (isModel(mask, clauses, units)) {
        n++;
      }
    }
    return BigInteger.valueOf(n);
  }

  private static boolean[] brutePossible(int numVars, int[][] clauses, int[] units) {
    boolean[] possible = new boolean[2 * numVars + 2];
    boolean any = false;
    for (int mask = 0; mask < 1 << numVars; mask++) {
      if (isModel(mask, clauses, units)) {
        any = true;
        for (int v = 1; v <= numVars; v++) {
          possible[DecisionDnnf.index((mask >> (v - 1) & 1) == 1 ? v : -v)] = true;
        }
      }
    }
    return any ? possible : null;
  }
}
