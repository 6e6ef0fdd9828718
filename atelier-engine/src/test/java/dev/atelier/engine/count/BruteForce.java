package dev.atelier.engine.count;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

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
    long total = search(csp, allowed, closing, new int[n], 0, per);
    BigInteger[][] perValue = new BigInteger[n][];
    for (int x = 0; x < n; x++) {
      perValue[x] = new BigInteger[per[x].length];
      for (int j = 0; j < per[x].length; j++) {
        perValue[x][j] = BigInteger.valueOf(per[x][j]);
      }
    }
    return new Counts(BigInteger.valueOf(total), perValue);
  }

  private static long search(
      TableCsp csp,
      boolean[][] allowed,
      List<List<TableCsp.Relation>> closing,
      int[] value,
      int x,
      long[][] per) {
    if (x == value.length) {
      for (int v = 0; v < value.length; v++) {
        per[v][value[v]]++;
      }
      return 1;
    }
    long total = 0;
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
        total += search(csp, allowed, closing, value, x + 1, per);
      }
    }
    return total;
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
