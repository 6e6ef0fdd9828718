package dev.atelier.engine.count;

import java.util.ArrayList;
import java.util.List;

/**
 * The starting factors of a table count: each table's rows that use allowed values only, after
 * generalised arc consistency (a value without a supporting row in one of its variable's tables is
 * removed everywhere, until nothing changes). Pruning first keeps the joins small. Stateless.
 */
final class Consistency {
  private Consistency() {}

  /**
   * One factor per table (duplicate rows once), narrowing {@code allowed} in place; null when a
   * table has no row left (no solution).
   */
  static List<Factor> initialFactors(
      List<TableCsp.Relation> relations, boolean[][] allowed, boolean big, int maxRows) {
    List<int[][]> rows = new ArrayList<>();
    for (TableCsp.Relation r : relations) {
      rows.add(r.rows());
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int t = 0; t < relations.size(); t++) {
        int[] scope = relations.get(t).scope();
        List<int[]> kept = new ArrayList<>();
        boolean[][] supported = new boolean[scope.length][];
        for (int s = 0; s < scope.length; s++) {
          supported[s] = new boolean[allowed[scope[s]].length];
        }
        for (int[] row : rows.get(t)) {
          if (fits(row, scope, allowed)) {
            kept.add(row);
            for (int s = 0; s < scope.length; s++) {
              supported[s][row[s]] = true;
            }
          }
        }
        if (kept.isEmpty()) {
          return null;
        }
        rows.set(t, kept.toArray(new int[0][]));
        for (int s = 0; s < scope.length; s++) {
          boolean[] a = allowed[scope[s]];
          for (int j = 0; j < a.length; j++) {
            if (a[j] && !supported[s][j]) {
              a[j] = false;
              changed = true;
            }
          }
        }
      }
    }
    List<Factor> factors = new ArrayList<>();
    for (int t = 0; t < relations.size(); t++) {
      int[] scope = relations.get(t).scope();
      Factor.Builder b = new Factor.Builder(scope.length, big, maxRows);
      for (int[] row : rows.get(t)) {
        b.put(row);
      }
      factors.add(b.build(scope.clone()));
    }
    return factors;
  }

  private static boolean fits(int[] row, int[] scope, boolean[][] allowed) {
    for (int s = 0; s < scope.length; s++) {
      if (!allowed[scope[s]][row[s]]) {
        return false;
      }
    }
    return true;
  }
}
