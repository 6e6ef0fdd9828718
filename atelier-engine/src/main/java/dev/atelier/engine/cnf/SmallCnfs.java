package dev.atelier.engine.cnf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random small CNFs and the enumeration of all their assignments: the oracle of the SAT
 * path's and the counters' brute-force tests (up to about 20 variables). Literals are DIMACS-style.
 */
public final class SmallCnfs {

  private SmallCnfs() {}

  /**
   * {@code n} variables, {@code n} to {@code 3n - 1} clauses, 60 % binary, the rest of length 3 or
   * 4; in 9 of 10 CNFs every clause holds in a random planted assignment. With {@code atMostOne},
   * half of them also get an at-most-one group of three variables.
   */
  public static int[][] random(int n, Random random, boolean atMostOne) {
    boolean[] planted = new boolean[n + 1];
    for (int v = 1; v <= n; v++) {
      planted[v] = random.nextBoolean();
    }
    boolean plant = random.nextInt(10) != 0;
    List<int[]> out = new ArrayList<>();
    int m = n + random.nextInt(2 * n);
    while (out.size() < m) {
      int length = random.nextInt(10) < 6 ? 2 : 3 + random.nextInt(2);
      int[] clause = new int[Math.min(length, n)];
      boolean holds = false;
      for (int k = 0; k < clause.length; k++) {
        int v = 1 + random.nextInt(n);
        clause[k] = random.nextBoolean() ? v : -v;
        holds |= clause[k] > 0 == planted[v];
      }
      if (holds || !plant) {
        out.add(clause);
      }
    }
    if (atMostOne && random.nextBoolean()) {
      int a = 1 + random.nextInt(n);
      int b = 1 + random.nextInt(n);
      int c = 1 + random.nextInt(n);
      out.add(new int[] {-a, -b});
      out.add(new int[] {-a, -c});
      out.add(new int[] {-b, -c});
    }
    return out.toArray(new int[0][]);
  }

  /**
   * Index 0: whether any assignment of the {@code n} variables satisfies {@code clauses} and every
   * literal of {@code assumed}; {@link #index}{@code (lit)}: whether one of them holds {@code lit}.
   */
  public static boolean[] possible(int[][] clauses, int[] assumed, int n) {
    boolean[] possible = new boolean[2 * n + 2];
    for (long bits = 0; bits < 1L << n; bits++) {
      if (!allHold(clauses, bits) || !allTrue(assumed, bits)) {
        continue;
      }
      possible[0] = true;
      for (int v = 1; v <= n; v++) {
        possible[index(holds(v, bits) ? v : -v)] = true;
      }
    }
    return possible;
  }

  /**
   * How many assignments of the {@code n} variables satisfy {@code clauses} and every literal of
   * {@code assumed}.
   */
  public static BigInteger count(int[][] clauses, int[] assumed, int n) {
    long count = 0;
    for (long bits = 0; bits < 1L << n; bits++) {
      if (allHold(clauses, bits) && allTrue(assumed, bits)) {
        count++;
      }
    }
    return BigInteger.valueOf(count);
  }

  /** {@code count} random literals over variables 1..{@code n} (repeats and opposites possible). */
  public static int[] randomLiterals(int n, int count, Random random) {
    int[] out = new int[count];
    for (int k = 0; k < count; k++) {
      int v = 1 + random.nextInt(n);
      out[k] = random.nextBoolean() ? v : -v;
    }
    return out;
  }

  /** Where {@link #possible} keeps literal {@code lit}. */
  public static int index(int lit) {
    return lit > 0 ? 2 * lit : 2 * -lit + 1;
  }

  private static boolean allTrue(int[] lits, long bits) {
    for (int lit : lits) {
      if (!holds(lit, bits)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allHold(int[][] clauses, long bits) {
    for (int[] clause : clauses) {
      boolean sat = false;
      for (int lit : clause) {
        sat |= holds(lit, bits);
      }
      if (!sat) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(int lit, long bits) {
    return ((bits >> (Math.abs(lit) - 1) & 1) == 1) == lit > 0;
  }
}
