package dev.atelier.engine.count;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** Counts a small {@link TableCsp}'s solutions by backtracking, checking tables once bound. */
final class BruteForce {
  private BruteForce() {}

  record Counts(BigInteger total, BigInteger[][] perValue) {}

  static Counts count(TableCsp csp, boolean[][] allowed) {
    int n = csp.domains().length;
    long[][] per = new long[n][];
    for (int x = 0; x < n; x++) {
      per[x] = new long[csp.domains()[x]];
    }
    long[] total = new long[1];
    forEachSolution(
        csp,
        allowed,
        value -> {
          total[0]++;
          for (int v = 0; v < value.length; v++) {
            per[v][value[v]]++;
          }
        });
    BigInteger[][] perValue = new BigInteger[n][];
    for (int x = 0; x < n; x++) {
      perValue[x] = new BigInteger[per[x].length];
      for (int j = 0; j < per[x].length; j++) {
        perValue[x][j] = BigInteger.valueOf(per[x][j]);
      }
    }
    return new Counts(BigInteger.valueOf(total[0]), perValue);
  }

  /** The least total cost of a solution ({@code cost[x][j]} per value), or empty. */
  static OptionalLong cheapest(TableCsp csp, boolean[][] allowed, long[][] cost) {
    long[] least = {Long.MAX_VALUE};
    forEachSolution(
        csp,
        allowed,
        value -> {
          long c = 0;
          for (int v = 0; v < value.length; v++) {
            c += cost[v][value[v]];
          }
          least[0] = Math.min(least[0], c);
        });
    return least[0] == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(least[0]);
  }

  /** Whether {@code value} (one value index per variable) satisfies every table. */
  static boolean satisfies(TableCsp csp, int[] value) {
    for (TableCsp.Relation r : csp.tables()) {
      if (!allows(r, value)) {
        return false;
      }
    }
    return true;
  }

  private static void forEachSolution(TableCsp csp, boolean[][] allowed, Consumer<int[]> solution) {
    int n = csp.domains().length;
    List<List<TableCsp.Relation>> closing = new ArrayList<>();
    for (int x = 0; x < n; x++) {
      closing.add(new ArrayList<>());
    }
    for (TableCsp.Relation r : csp.tables()) {
      int last = 0;
      for (int v : r.scope()) {
        last = Math.max(last, v);
      }
      closing.get(last).add(r);
    }
    search(csp, allowed, closing, new int[n], 0, solution);
  }

  private static void search(
      TableCsp csp,
      boolean[][] allowed,
      List<List<TableCsp.Relation>> closing,
      int[] value,
      int x,
      Consumer<int[]> solution) {
    if (x == value.length) {
      solution.accept(value);
      return;
    }
    for (int j = 0; j < csp.domains()[x]; j++) {
      if (!allowed[x][j]) {
        continue;
      }
      value[x] = j;
      boolean ok = true;
      for (TableCsp.Relation r : closing.get(x)) {
        ok &= allows(r, value);
      }
      if (ok) {
        search(csp, allowed, closing, value, x + 1, solution);
      }
    }
  }

  private static boolean allows(TableCsp.Relation r, int[] value) {
    for (int[] row : r.rows()) {
      boolean match = true;
      for (int s = 0; s < row.length && match; s++) {
        match = row[s] == value[r.scope()[s]];
      }
      if (match) {
        return true;
      }
    }
    return false;
  }
}
