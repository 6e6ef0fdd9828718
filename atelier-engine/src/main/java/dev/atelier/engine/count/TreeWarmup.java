package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Runs a freshly built or loaded tree's decision path on synthetic evidence before the first
 * shopper does: seeded random full configurations (variables in random order, each a random valid
 * value), one {@link TreeEvidence#restrict} per decision on a copy of the state without evidence,
 * as a session does. Without it the first sessions of a fresh JVM run the re-filtering code
 * interpreted and their first decisions (which reach nearly every clique) took 10–40 ms instead of
 * under 5 ms. Bounded in CPU time of the calling thread ({@code -Datelier.tables.warmup=MILLIS},
 * 300 by default, 0 turns it off) and in sessions; trees under {@link #MIN_ROWS} rows are skipped
 * (their decisions are fast even interpreted).
 */
final class TreeWarmup {
  /** Trees with fewer rows are not warmed up. */
  static final long MIN_ROWS = 20_000;

  private static final int MAX_SESSIONS = 16;

  private TreeWarmup() {}

  /** The CPU budget in milliseconds the system property sets (0 when off or unreadable). */
  static long budgetMillis() {
    String raw = System.getProperty("atelier.tables.warmup", "300");
    try {
      return Math.max(0, Long.parseLong(raw.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * Replays up to {@link #MAX_SESSIONS} synthetic sessions on {@code tree} within the budget;
   * returns the number of decisions made (0 when skipped).
   */
  static int run(CliqueTree tree) {
    long millis = budgetMillis();
    if (millis == 0 || !tree.satisfiable() || tree.rows() < MIN_ROWS) {
      return 0;
    }
    return run(tree, CpuBudget.spentOr(millis * 1_000_000, () -> false), MAX_SESSIONS);
  }

  /** Synthetic sessions on {@code tree} until {@code spent} holds or {@code sessions} are done. */
  static int run(CliqueTree tree, BooleanSupplier spent, int sessions) {
    SplittableRandom random = new SplittableRandom(tree.rows());
    int n = tree.variables();
    int decisions = 0;
    for (int s = 0; s < sessions; s++) {
      TreeEvidence state = tree.newSupport();
      boolean[][] valid = state.valid();
      int[] order = shuffled(n, random);
      for (int x : order) {
        if (spent.getAsBoolean()) {
          return decisions;
        }
        int j = pick(valid[x], random);
        if (j < 0) {
          return decisions;
        }
        boolean[][] next = valid;
        java.util.Arrays.fill(next[x], false);
        next[x][j] = true;
        Result<boolean[][]> after = state.restrict(next, Deadline.none());
        decisions++;
        if (!after.isOk()) {
          return decisions;
        }
        valid = after.orThrow();
      }
    }
    return decisions;
  }

  private static int[] shuffled(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int k = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[k];
      order[k] = swap;
    }
    return order;
  }

  /** A random value among the valid ones, or -1 when there is none. */
  private static int pick(boolean[] valid, SplittableRandom random) {
    int count = 0;
    for (boolean v : valid) {
      count += v ? 1 : 0;
    }
    if (count == 0) {
      return -1;
    }
    int k = random.nextInt(count);
    for (int j = 0; j < valid.length; j++) {
      if (valid[j] && k-- == 0) {
        return j;
      }
    }
    return -1;
  }
}
