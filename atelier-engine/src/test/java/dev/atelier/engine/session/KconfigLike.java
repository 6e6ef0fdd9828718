package dev.atelier.engine.session;

import dev.atelier.engine.cnf.Cnf;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small Kconfig-like CNFs for tests (a cut-down copy of atelier-bench's {@code KconfigModels},
 * which engine tests cannot depend on): a tree of features, each depending on a parent among the 30
 * before it, and two cross-tree clauses per feature (select, conflict or "depends on b || c"), all
 * holding in a planted configuration. Every clause is a rule group of its own, in generation order.
 */
final class KconfigLike {

  private KconfigLike() {}

  static Cnf generate(int n, long seed) {
    Random random = new Random(seed);
    boolean[] on = new boolean[n + 1];
    int[] parent = new int[n + 1];
    on[1] = true;
    for (int f = 2; f <= n; f++) {
      parent[f] = Math.max(1, f - 1 - random.nextInt(30));
      on[f] = on[parent[f]] && random.nextDouble() < 0.6;
    }
    List<int[]> clauses = new ArrayList<>();
    for (int f = 2; f <= n; f++) {
      clauses.add(new int[] {-f, parent[f]});
      for (int c = 0; c < 2; c++) {
        int[] clause = cross(f, n, random);
        if (holds(clause, on)) {
          clauses.add(clause);
        }
      }
    }
    int[] groups = new int[clauses.size()];
    for (int k = 0; k < groups.length; k++) {
      groups[k] = k;
    }
    return new Cnf(n, 1, clauses.toArray(new int[0][]), groups, 0);
  }

  private static int[] cross(int f, int n, Random random) {
    int b = near(f, n, random);
    return switch (random.nextInt(3)) {
      case 0 -> new int[] {-f, b};
      case 1 -> new int[] {-f, -b};
      default -> new int[] {-f, b, near(f, n, random)};
    };
  }

  private static int near(int f, int n, Random random) {
    int b = f + random.nextInt(81) - 40;
    return b < 1 || b > n || b == f ? 1 + random.nextInt(n) : b;
  }

  private static boolean holds(int[] clause, boolean[] on) {
    for (int lit : clause) {
      if (on[Math.abs(lit)] == lit > 0) {
        return true;
      }
    }
    return false;
  }
}
