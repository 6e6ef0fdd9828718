package dev.atelier.bench.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * CNFs shaped like automotive product documentation (the Sinz/Küchlin line of formulas): a core of
 * wide exactly-one groups (countries, engines, gearboxes, bodies, ...), families of optional
 * equipment codes with at-most-one subsets and implication chains, rules that make an option
 * require members of a core group or forbid it in some, three-literal rules inside a family and
 * across families, sales codes equivalent to technical codes, and derived codes ({@code x <-> a &
 * b}, {@code x <-> a | b | c} over codes of one family) that rules mention again. Several planted
 * configurations satisfy every clause, so the formula is satisfiable and its count is not tiny.
 * Deterministic for a seed. Parameters: {@code vars} (1700), {@code widest} (largest core group,
 * 60), {@code plants} (4), {@code aliases} (share of equivalent codes, 0.15), {@code derived}
 * (share of derived codes, 0.1), {@code cross} (rules across families per family, 2), {@code
 * require} (chance an option requires core members, 0.5), {@code rules} (three-literal rules per
 * option inside its family, 0.6), {@code locality} (0: rules across families and to core groups
 * pick them uniformly; L > 0: within L positions of the family, families and small core groups laid
 * side by side, as related equipment is linked in real documentation; the four widest core groups
 * stay global either way), {@code seed} (1).
 */
public final class ProductDocModels {

  private ProductDocModels() {}

  /** The DIMACS text of the model {@code spec} describes. */
  public static String generate(GeneratorSpec spec) {
    int n = Math.max(20, spec.integer("vars", 1700));
    int widest = Math.max(2, spec.integer("widest", 60));
    int plantCount = Math.max(1, spec.integer("plants", 4));
    double aliases = spec.decimal("aliases", 0.15);
    double derived = spec.decimal("derived", 0.1);
    double cross = spec.decimal("cross", 2);
    double require = spec.decimal("require", 0.5);
    double rules = spec.decimal("rules", 0.6);
    int locality = Math.max(0, spec.integer("locality", 0));
    return new Builder(n, plantCount, new Random(spec.integer("seed", 1)), locality)
        .build(widest, aliases, derived, cross, require, rules)
        .dimacs("generated product-documentation-like " + spec.parameters());
  }

  private static final class Builder {
    private final int n;
    private final Random random;
    private final boolean[][] plants;
    private final List<int[]> core = new ArrayList<>();
    private final List<int[]> families = new ArrayList<>();
    private final List<int[]> amo = new ArrayList<>();
    private final int locality;
    private int next = 1;

    Builder(int n, int plantCount, Random random, int locality) {
      this.locality = locality;
      this.n = n;
      this.random = random;
      this.plants = new boolean[plantCount][n + 1];
    }

    Cnf build(
        int widest, double aliases, double derived, double cross, double require, double rules) {
      int aliasCount = (int) Math.round(aliases * n);
      int derivedCount = (int) Math.round(derived * n);
      int base = n - aliasCount - derivedCount;
      int[] coreSizes = {widest, Math.max(2, widest * 2 / 5), Math.max(2, widest / 7), 6, 5, 4, 2};
      for (int size : coreSizes) {
        if (next + size <= base * 3 / 10) {
          core.add(group(size));
        }
      }
      while (next <= base * 3 / 10) {
        core.add(group(Math.min(2 + random.nextInt(7), base * 3 / 10 - next + 1)));
      }
      for (int[] g : core) {
        for (boolean[] p : plants) {
          p[g[random.nextInt(g.length)]] = true;
        }
      }
      while (next <= base) {
        families.add(family(Math.min(5 + random.nextInt(21), base - next + 1)));
      }
      Cnf cnf = new Cnf(plants);
      for (int[] g : core) {
        cnf.exactlyOneUnder(0, g);
      }
      for (int[] a : amo) {
        for (int i = 0; i < a.length; i++) {
          for (int j = i + 1; j < a.length; j++) {
            cnf.require(cnf.add(-a[i], -a[j]));
          }
        }
      }
      for (int i = 0; i < families.size(); i++) {
        familyRules(cnf, i, require, rules);
      }
      for (int r = 0; r < cross * families.size(); r++) {
        int ai = random.nextInt(families.size());
        int[] a = families.get(ai);
        int[] b = families.get(near(families.size(), ai));
        int x = a[random.nextInt(a.length)];
        int y = b[random.nextInt(b.length)];
        int z = b[random.nextInt(b.length)];
        switch (random.nextInt(3)) {
          case 0 -> cnf.add(-x, y);
          case 1 -> cnf.add(-x, -y);
          default -> cnf.add(-x, -y, z);
        }
      }
      for (int i = 0; i < derivedCount; i++) {
        derive(cnf, require);
      }
      for (int i = 0; i < aliasCount; i++) {
        int x = next++;
        int y = 1 + random.nextInt(x - 1);
        for (boolean[] p : plants) {
          p[x] = p[y];
        }
        cnf.require(cnf.add(-x, y) && cnf.add(x, -y));
      }
      return cnf;
    }

    private int[] group(int size) {
      int[] g = new int[size];
      for (int i = 0; i < size; i++) {
        g[i] = next++;
      }
      return g;
    }

    /** Options whose plants respect an at-most-one subset (when the family has one). */
    private int[] family(int size) {
      int[] f = group(size);
      int amoSize = random.nextDouble() < 0.5 ? Math.min(size, 2 + random.nextInt(6)) : 0;
      if (amoSize > 0) {
        amo.add(java.util.Arrays.copyOf(f, amoSize));
      }
      for (boolean[] p : plants) {
        int chosen = amoSize > 0 && random.nextBoolean() ? f[random.nextInt(amoSize)] : 0;
        for (int i = 0; i < size; i++) {
          p[f[i]] = i < amoSize ? f[i] == chosen : random.nextDouble() < 0.4;
        }
      }
      return f;
    }

    /**
     * An index below {@code size}: uniform without locality, else within {@code locality} of {@code
     * center} (clamped), as rules of real product documentation link related equipment.
     */
    private int near(int size, int center) {
      if (locality == 0) {
        return random.nextInt(size);
      }
      int i = center + random.nextInt(2 * locality + 1) - locality;
      return Math.max(0, Math.min(size - 1, i));
    }

    /** The core group near family {@code fi} (families and core groups laid side by side). */
    private int[] coreNear(int fi) {
      return core.get(near(core.size(), fi * core.size() / Math.max(1, families.size())));
    }

    private void familyRules(Cnf cnf, int fi, double require, double rules) {
      int[] f = families.get(fi);
      for (int i = 0; i + 1 < f.length; i++) {
        if (random.nextDouble() < 0.3) {
          cnf.add(-f[i + 1], f[i]);
        }
      }
      for (int o : f) {
        if (random.nextDouble() < require) {
          requireCore(cnf, o);
        }
        if (random.nextDouble() < 0.3) {
          int[] g = coreNear(fi);
          cnf.add(-g[random.nextInt(g.length)], -o);
        }
      }
      for (int r = 0; r < rules * f.length; r++) {
        int a = f[random.nextInt(f.length)];
        int b = f[random.nextInt(f.length)];
        int c = f[random.nextInt(f.length)];
        if (a != b && b != c && a != c) {
          cnf.add(-a, random.nextBoolean() ? -b : b, c);
        }
      }
    }

    /** {@code -o | m1 | m2 | ...}: option o needs one of some members of a core group. */
    private void requireCore(Cnf cnf, int o) {
      int[] g = core.get(random.nextInt(Math.min(core.size(), 4)));
      List<Integer> clause = new ArrayList<>();
      clause.add(-o);
      for (boolean[] p : plants) {
        if (p[o]) {
          for (int m : g) {
            if (p[m] && !clause.contains(m)) {
              clause.add(m);
            }
          }
        }
      }
      int extra = random.nextInt(1 + g.length / 3);
      for (int i = 0; i < extra; i++) {
        int m = g[random.nextInt(g.length)];
        if (!clause.contains(m)) {
          clause.add(m);
        }
      }
      cnf.add(clause.stream().mapToInt(Integer::intValue).toArray());
    }

    private void derive(Cnf cnf, double require) {
      int x = next++;
      // Derived codes are defined over codes of one equipment family (and maybe a core member).
      int fi = random.nextInt(families.size());
      int[] f = families.get(fi);
      int a = f[random.nextInt(f.length)];
      int b = f[random.nextInt(f.length)];
      int[] g = coreNear(fi);
      int c = random.nextBoolean() ? f[random.nextInt(f.length)] : g[random.nextInt(g.length)];
      if (random.nextBoolean() || a == b) {
        for (boolean[] p : plants) {
          p[x] = p[a] && p[b];
        }
        cnf.require(cnf.add(-x, a) && cnf.add(-x, b) && cnf.add(x, -a, -b));
      } else {
        for (boolean[] p : plants) {
          p[x] = p[a] || p[b] || p[c];
        }
        cnf.require(cnf.add(x, -a) && cnf.add(x, -b) && cnf.add(x, -c) && cnf.add(-x, a, b, c));
      }
      if (random.nextDouble() < require) {
        requireCore(cnf, x);
      }
    }
  }
}
