package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;

/**
 * Exact counts over a {@link CliqueTree} under evidence, by sum-product (Shafer–Shenoy) in two
 * passes: upward, each clique sends its parent, per separator assignment, the number of solutions
 * of its subtree; downward, each clique sends each child the number of solutions outside that
 * child's subtree. A clique row's count is then the product of what it receives, and the count of a
 * value sums the rows of its variable's clique that have it. Evidence enters at each variable's own
 * clique (the running intersection carries it). Exact BigInteger arithmetic; cost linear in the
 * clique rows. Stateless.
 */
public final class CliqueCounts {
  private CliqueCounts() {}

  /**
   * The number of solutions and, per variable and value, of those with that value.
   *
   * @param total solutions allowed by the evidence
   * @param perValue {@code perValue[x][j]}: solutions with value {@code j} of variable {@code x}
   */
  public record Counts(BigInteger total, BigInteger[][] perValue) {}

  /** The counts of {@code tree} when only the values {@code allowed[x][j]} may be taken. */
  public static Result<Counts> count(CliqueTree tree, boolean[][] allowed, Deadline deadline) {
    int n = tree.domains.length;
    BigInteger[][] perValue = new BigInteger[n][];
    for (int x = 0; x < n; x++) {
      perValue[x] = new BigInteger[tree.domains[x]];
      java.util.Arrays.fill(perValue[x], BigInteger.ZERO);
    }
    if (!tree.satisfiable) {
      return Result.ok(new Counts(BigInteger.ZERO, perValue));
    }
    BigInteger[][] up = new BigInteger[n][];
    BigInteger[][] down = new BigInteger[n][];
    int steps = 0;
    for (int x : tree.order) {
      up[x] = zeros(tree.seps[x]);
      for (int r = 0; r < tree.size[x]; r++) {
        if ((++steps & 4095) == 0 && deadline.expired()) {
          return Result.failed(Failure.timedOut("counting over the clique tree"));
        }
        if (allowed[x][value(tree, x, r)]) {
          BigInteger w = below(tree, up, x, r);
          int s = tree.sepOf[x][r];
          up[x][s] = up[x][s].add(w);
        }
      }
    }
    BigInteger total = BigInteger.ONE;
    for (int x = 0; x < n; x++) {
      if (tree.parent[x] < 0) {
        total = total.multiply(up[x][0]);
      }
    }
    if (total.signum() == 0) {
      return Result.ok(new Counts(total, perValue));
    }
    for (int k = tree.order.length - 1; k >= 0; k--) {
      int x = tree.order[k];
      int[] kids = tree.children[x];
      for (int c : kids) {
        down[c] = zeros(tree.seps[c]);
      }
      BigInteger outside =
          tree.parent[x] < 0 ? total.divide(up[x][0]) : BigInteger.ONE; // other trees' solutions
      BigInteger[] suffix = new BigInteger[kids.length + 1];
      for (int r = 0; r < tree.size[x]; r++) {
        if ((++steps & 4095) == 0 && deadline.expired()) {
          return Result.failed(Failure.timedOut("counting over the clique tree"));
        }
        int j = value(tree, x, r);
        if (!allowed[x][j]) {
          continue;
        }
        BigInteger from = tree.parent[x] < 0 ? outside : down[x][tree.sepOf[x][r]];
        if (from.signum() == 0) {
          continue;
        }
        suffix[kids.length] = BigInteger.ONE;
        for (int i = kids.length - 1; i >= 0; i--) {
          int c = kids[i];
          suffix[i] = suffix[i + 1].multiply(up[c][tree.parentSep[c][r]]);
        }
        if (suffix[0].signum() == 0) {
          continue;
        }
        perValue[x][j] = perValue[x][j].add(from.multiply(suffix[0]));
        BigInteger prefix = from;
        for (int i = 0; i < kids.length; i++) {
          int c = kids[i];
          int s = tree.parentSep[c][r];
          down[c][s] = down[c][s].add(prefix.multiply(suffix[i + 1]));
          prefix = prefix.multiply(up[c][s]);
        }
      }
    }
    return Result.ok(new Counts(total, perValue));
  }

  private static BigInteger below(CliqueTree tree, BigInteger[][] up, int x, int r) {
    BigInteger w = BigInteger.ONE;
    for (int c : tree.children[x]) {
      w = w.multiply(up[c][tree.parentSep[c][r]]);
      if (w.signum() == 0) {
        return w;
      }
    }
    return w;
  }

  private static int value(CliqueTree tree, int x, int r) {
    return tree.data[x][r * tree.scope[x].length + tree.column[x]];
  }

  private static BigInteger[] zeros(int k) {
    BigInteger[] a = new BigInteger[k];
    java.util.Arrays.fill(a, BigInteger.ZERO);
    return a;
  }
}
