package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cheapest solution of a {@link CliqueTree} under evidence, by min-sum (Viterbi) over the
 * stored rows: upward, each clique sends its parent, per separator assignment, the least cost of
 * its subtree and the row that reaches it; then the roots' best rows are chosen and each child
 * takes the row its parent's separator assignment names. Costs are per variable and value (a table
 * model's prices), each counted once, at its variable's own clique. Exact long arithmetic, cost
 * linear in the clique rows. Stateless.
 */
public final class CliqueMinSum {
  private static final long NONE = Long.MAX_VALUE;

  private CliqueMinSum() {}

  /**
   * A cheapest solution.
   *
   * @param cost its total cost
   * @param values per variable its value index
   */
  public record Cheapest(long cost, int[] values) {}

  /**
   * The cheapest solution of {@code tree} taking only values {@code allowed[x][j]}, where value
   * {@code j} of {@code x} costs {@code cost[x][j]}; empty when there is none. Costs must keep
   * every total within a long. TIMED_OUT at the deadline.
   */
  public static Result<Optional<Cheapest>> cheapest(
      CliqueTree tree, boolean[][] allowed, long[][] cost, Deadline deadline) {
    int n = tree.domains.length;
    if (!tree.satisfiable) {
      return Result.ok(Optional.empty());
    }
    long[][] up = new long[n][];
    int[][] best = new int[n][];
    int steps = 0;
    for (int x : tree.order) {
      if (deadline.expired()) {
        return Result.failed(Failure.timedOut("cheapest solution over the clique tree"));
      }
      up[x] = new long[tree.seps[x]];
      best[x] = new int[tree.seps[x]];
      Arrays.fill(up[x], NONE);
      for (int r = 0; r < tree.size[x]; r++) {
        if ((++steps & 4095) == 0 && deadline.expired()) {
          return Result.failed(Failure.timedOut("cheapest solution over the clique tree"));
        }
        long w = rowCost(tree, up, allowed, cost, x, r);
        int s = tree.sepOf[x][r];
        if (w < up[x][s]) {
          up[x][s] = w;
          best[x][s] = r;
        }
      }
    }
    long total = 0;
    int[] row = new int[n];
    for (int k = tree.order.length - 1; k >= 0; k--) {
      int x = tree.order[k];
      int p = tree.parent[x];
      int s = p < 0 ? 0 : tree.parentSep[x][row[p]];
      if (up[x][s] == NONE) {
        return Result.ok(Optional.empty());
      }
      if (p < 0) {
        total += up[x][0];
      }
      row[x] = best[x][s];
    }
    int[] values = new int[n];
    for (int x = 0; x < n; x++) {
      values[x] = value(tree, x, row[x]);
    }
    return Result.ok(Optional.of(new Cheapest(total, values)));
  }

  private static long rowCost(
      CliqueTree tree, long[][] up, boolean[][] allowed, long[][] cost, int x, int r) {
    int j = value(tree, x, r);
    if (!allowed[x][j]) {
      return NONE;
    }
    long w = cost[x][j];
    for (int c : tree.children[x]) {
      long below = up[c][tree.parentSep[c][r]];
      if (below == NONE) {
        return NONE;
      }
      w += below;
    }
    return w;
  }

  private static int value(CliqueTree tree, int x, int r) {
    return tree.data[x][r * tree.scope[x].length + tree.column[x]];
  }
}
