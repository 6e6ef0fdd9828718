package dev.atelier.bench.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Kconfig-like CNFs, like the Linux kernel's: a shallow tree of features (each feature depends on
 * its parent, menus keep neighbours close and nest at most {@code depth} levels; a feature whose
 * nearby parent would be too deep hangs off one of its ancestors), a few choice groups (exactly one
 * child of an enabled parent), and cross-tree clauses of three kinds: {@code select} (a implies b),
 * {@code depends on b || c} and conflicts (not both). Every clause must hold in {@code plants}
 * planted configurations, from sparse (each child of an enabled feature on with chance {@code on})
 * to dense (chance {@code dense}); a choice picks its member before the member's children are
 * planted. So, as in the Linux models, only a few percent of the features are dead or core (5% at
 * 5,000 features) and most clauses survive to the SAT path instead of collapsing under unit
 * propagation. Deterministic for a seed. Parameters: {@code vars} (2000), {@code cross} (cross-tree
 * clauses per feature, 6), {@code choice} (chance per parent of a choice group, times 4: 0.02),
 * {@code locality} (share of cross-tree clauses among nearby features, 0.6), {@code nearParent}
 * (share of features whose parent is among the 50 before it, 0.7), {@code depth} (8), {@code on}
 * (0.6), {@code dense} (0.99), {@code plants} (32), {@code seed} (1).
 */
public final class KconfigModels {

  private KconfigModels() {}

  /** The DIMACS text of the model {@code spec} describes. */
  public static String generate(GeneratorSpec spec) {
    int n = Math.max(2, spec.integer("vars", 2000));
    double cross = spec.decimal("cross", 6);
    double choice = spec.decimal("choice", 0.02);
    double locality = spec.decimal("locality", 0.6);
    double on = spec.decimal("on", 0.6);
    double nearParent = spec.decimal("nearParent", 0.7);
    int plants = Math.max(1, spec.integer("plants", 32));
    double dense = spec.decimal("dense", 0.99);
    int maxDepth = Math.max(1, spec.integer("depth", 8));
    Random random = new Random(spec.integer("seed", 1));

    int[] parent = new int[n + 1];
    int[] depth = new int[n + 1];
    List<List<Integer>> children = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      children.add(new ArrayList<>());
    }
    for (int f = 2; f <= n; f++) {
      parent[f] =
          random.nextDouble() < nearParent
              ? Math.max(1, f - 1 - random.nextInt(50))
              : 1 + random.nextInt(f - 1);
      // Kconfig menus nest a few levels deep: a parent too deep hands the feature to its ancestor.
      // Climbing to a random level keeps deep subtrees from hanging off a single ancestor.
      if (depth[parent[f]] >= maxDepth) {
        int level = random.nextInt(maxDepth);
        while (depth[parent[f]] > level) {
          parent[f] = parent[parent[f]];
        }
      }
      depth[f] = depth[parent[f]] + 1;
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
      // Plants range from sparse ({@code on}) to dense: every feature is then on in some plant and
      // off in another, so few literals are backbone, as in the Linux models.
      double chance = plants == 1 ? on : on + (dense - on) * p / (plants - 1);
      planted[p] = plant(n, parent, inChoice, groups, chance, p, random);
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
      int n,
      int[] parent,
      boolean[] inChoice,
      List<int[]> groups,
      double on,
      int round,
      Random random) {
    // A group's member is chosen when the first member comes up, so the chosen one's own
    // children (later features) see it on; otherwise every feature below a choice would be dead.
    // The plants take the members in turn, so each member is on in some plant.
    int[] groupOf = new int[n + 1];
    for (int g = 0; g < groups.size(); g++) {
      for (int f : groups.get(g)) {
        groupOf[f] = g;
      }
    }
    int[] chosen = new int[groups.size()];
    boolean[] planted = new boolean[n + 1];
    planted[1] = true;
    for (int f = 2; f <= n; f++) {
      if (!inChoice[f]) {
        planted[f] = planted[parent[f]] && random.nextDouble() < on;
        continue;
      }
      int[] group = groups.get(groupOf[f]);
      if (f == group[0] && planted[parent[f]]) {
        chosen[groupOf[f]] = group[(round + groupOf[f]) % group.length];
      }
      planted[f] = chosen[groupOf[f]] == f;
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
