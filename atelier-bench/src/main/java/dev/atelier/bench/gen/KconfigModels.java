package dev.atelier.bench.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Kconfig-like CNFs, like the Linux kernel's: a tree of features (each feature depends on its
 * parent, menus keep neighbours close), choice groups (exactly one child of an enabled parent), and
 * cross-tree clauses of three kinds: {@code select} (a implies b), {@code depends on b || c} and
 * conflicts (not both). A planted configuration (the root on, each child on with probability 0.4
 * when its parent is) satisfies every clause. Deterministic for a seed. Parameters: {@code vars}
 * (2000), {@code cross} (cross-tree clauses per feature, 4), {@code choice} (share of features in
 * choice groups, 0.1), {@code locality} (share of cross-tree clauses among nearby features, 0.6),
 * {@code nearParent} (share of features whose parent is among the 50 before it, 0.7; the others
 * pick any earlier feature, which keeps the tree shallow), {@code on} (chance that a child of an
 * enabled feature is on in a planted configuration, 0.4), {@code plants} (planted configurations
 * that every clause must satisfy, 1: more plants keep more features free, as in the Linux models,
 * where most features are neither dead nor core), {@code seed} (1).
 */
public final class KconfigModels {

  private KconfigModels() {}

  /** The DIMACS text of the model {@code spec} describes. */
  public static String generate(GeneratorSpec spec) {
    int n = Math.max(2, spec.integer("vars", 2000));
    double cross = spec.decimal("cross", 4);
    double choice = spec.decimal("choice", 0.1);
    double locality = spec.decimal("locality", 0.6);
    double on = spec.decimal("on", 0.4);
    double nearParent = spec.decimal("nearParent", 0.7);
    int plants = Math.max(1, spec.integer("plants", 1));
    Random random = new Random(spec.integer("seed", 1));

    int[] parent = new int[n + 1];
    List<List<Integer>> children = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      children.add(new ArrayList<>());
    }
    for (int f = 2; f <= n; f++) {
      parent[f] =
          random.nextDouble() < nearParent
              ? Math.max(1, f - 1 - random.nextInt(50))
              : 1 + random.nextInt(f - 1);
      children.get(parent[f]).add(f);
    }
    boolean[] inChoice = new boolean[n + 1];
    List<int[]> groups = new ArrayList<>();
    for (int p = 1; p <= n; p++) {
      List<Integer> kids = children.get(p);
      if (kids.size() >= 2 && random.nextDouble() < choice * 4) {
        int size = Math.min(kids.size(), 2 + random.nextInt(7));
        int[] group = kids.subList(0, size).stream().mapToInt(Integer::intValue).toArray();
        for (int g : group) {
          inChoice[g] = true;
        }
        groups.add(group);
      }
    }
    boolean[][] planted = new boolean[plants][];
    for (int p = 0; p < plants; p++) {
      planted[p] = plant(n, parent, inChoice, groups, on, random);
    }
    Cnf cnf = new Cnf(planted);
    cnf.require(cnf.add(1));
    for (int f = 2; f <= n; f++) {
      cnf.require(cnf.add(-f, parent[f]));
    }
    for (int[] group : groups) {
      cnf.exactlyOneUnder(parent[group[0]], group);
    }
    long wanted = Math.round(cross * n);
    long attempts = 0;
    long added = 0;
    while (added < wanted && attempts++ < wanted * 30) {
      int a = 2 + random.nextInt(n - 1);
      int b = near(a, n, locality, random);
      double kind = random.nextDouble();
      boolean ok;
      if (kind < 0.5) {
        ok = cnf.add(-a, b);
      } else if (kind < 0.8) {
        ok = cnf.add(-a, b, near(a, n, locality, random));
      } else {
        ok = cnf.add(-a, -b);
      }
      if (ok) {
        added++;
      }
    }
    return cnf.dimacs("generated kconfig-like " + spec.parameters());
  }

  private static boolean[] plant(
      int n, int[] parent, boolean[] inChoice, List<int[]> groups, double on, Random random) {
    boolean[] planted = new boolean[n + 1];
    planted[1] = true;
    for (int f = 2; f <= n; f++) {
      planted[f] = !inChoice[f] && planted[parent[f]] && random.nextDouble() < on;
    }
    for (int[] group : groups) {
      if (planted[parent[group[0]]]) {
        planted[group[random.nextInt(group.length)]] = true;
      }
    }
    return planted;
  }

  private static int near(int a, int n, double locality, Random random) {
    if (random.nextDouble() < locality) {
      int b = a + random.nextInt(201) - 100;
      return Math.max(2, Math.min(n, b == a ? a + 1 > n ? a - 1 : a + 1 : b));
    }
    int b = 2 + random.nextInt(n - 1);
    return b == a ? (a == n ? a - 1 : a + 1) : b;
  }
}
