package dev.atelier.bench.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * CNFs shaped like automotive product documentation (Sinz, Kaiser, Küchlin 2003; Kübler et al.): a
 * base of codes in families laid side by side, each family an exactly-one choice (engine, seat
 * cover, ...), an at-most-one choice (optional variants) or free options; rules that are local (a
 * code requires one of a few codes of a family within {@code locality} positions, excludes one, or
 * needs a third code together with another); derived codes ({@code x <-> a & b} across neighbouring
 * families, {@code x <-> a | b | c} inside one) and sales codes equivalent to technical codes, both
 * mentioned by rules again. Several planted configurations satisfy every clause, so the formula is
 * satisfiable. {@code locality} is the width knob: the min-fill width after simplification grows
 * with it (vars=1700, seed 1: 2 -> 23, 3 -> 25, 4 -> 28, 5 -> 37, 6 -> 42, 7 -> 48, 8 -> 54, 10 ->
 * 68; automotive01: 28). Deterministic for a seed. Parameters: {@code vars} (1700), {@code
 * locality} (4), {@code rules} (rule attempts per base code, 2.5), {@code exactly} / {@code atmost}
 * (shares of exactly-one / at-most-one families, 0.35 / 0.5), {@code family} (largest family, 24;
 * sizes skewed to small), {@code aliases} (0.25), {@code derived} (0.1), {@code plants} (4), {@code
 * seed} (1).
 */
public final class ProductDocModels {

  private ProductDocModels() {}

  /** The DIMACS text of the model {@code spec} describes. */
  public static String generate(GeneratorSpec spec) {
    int n = Math.max(20, spec.integer("vars", 1700));
    Builder b =
        new Builder(n, Math.max(1, spec.integer("plants", 4)), new Random(spec.integer("seed", 1)));
    b.locality = Math.max(0, spec.integer("locality", 4));
    b.rules = spec.decimal("rules", 2.5);
    b.exactly = spec.decimal("exactly", 0.35);
    b.atMost = spec.decimal("atmost", 0.5);
    b.largest = Math.max(2, spec.integer("family", 24));
    return b.build(spec.decimal("aliases", 0.25), spec.decimal("derived", 0.1))
        .dimacs("generated product-documentation-like " + spec.parameters());
  }

  private static final class Builder {
    private final int n;
    private final Random random;
    private final boolean[][] plants;
    private final Cnf cnf;
    // Per family position: its base codes, and every code rules may mention (base, derived, alias).
    private final List<int[]> families = new ArrayList<>();
    private final List<List<Integer>> mention = new ArrayList<>();
    private final List<Integer> aliased = new ArrayList<>();
    private final List<Integer> aliasFamily = new ArrayList<>();
    private int locality;
    private double rules;
    private double exactly;
    private double atMost;
    private int largest;
    private int next = 1;

    Builder(int n, int plantCount, Random random) {
      this.n = n;
      this.random = random;
      this.plants = new boolean[plantCount][n + 1];
      this.cnf = new Cnf(plants);
    }

    Cnf build(double aliases, double derived) {
      int aliasCount = (int) Math.round(aliases * n);
      int derivedCount = (int) Math.round(derived * n);
      int base = n - aliasCount - derivedCount;
      while (next <= base) {
        double u = random.nextDouble();
        family(Math.min(2 + (int) (u * u * (largest - 1)), base - next + 1));
      }
      for (int i = 0; i < derivedCount; i++) {
        derive();
      }
      for (int i = 0; i < aliasCount; i++) {
        // Sales codes come in classes (about 5 codes each in automotive01): mostly another name
        // for a code that already has one.
        boolean again = !aliased.isEmpty() && random.nextDouble() < 0.75;
        int k = again ? random.nextInt(aliased.size()) : -1;
        int fi = again ? aliasFamily.get(k) : random.nextInt(families.size());
        List<Integer> m = mention.get(fi);
        int x = next++;
        int y = again ? aliased.get(k) : m.get(random.nextInt(m.size()));
        aliased.add(y);
        aliasFamily.add(fi);
        for (boolean[] p : plants) {
          p[x] = p[y];
        }
        cnf.require(cnf.add(-x, y) && cnf.add(x, -y));
        m.add(x);
      }
      for (int r = 0; r < rules * base; r++) {
        rule(random.nextInt(families.size()));
      }
      return cnf;
    }

    /** A family of {@code size} codes: exactly-one, at-most-one or free options, planted. */
    private void family(int size) {
      int[] f = new int[size];
      List<Integer> m = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        f[i] = next++;
        m.add(f[i]);
      }
      families.add(f);
      mention.add(m);
      double kind = random.nextDouble();
      boolean one = kind < exactly;
      boolean atMostOne = one || kind < exactly + atMost;
      for (boolean[] p : plants) {
        int chosen = one || random.nextBoolean() ? f[random.nextInt(size)] : 0;
        for (int code : f) {
          p[code] = atMostOne ? code == chosen : random.nextDouble() < 0.3;
        }
      }
      if (one) {
        cnf.exactlyOneUnder(0, f);
      } else if (atMostOne) {
        for (int i = 0; i < size; i++) {
          for (int j = i + 1; j < size; j++) {
            cnf.require(cnf.add(-f[i], -f[j]));
          }
        }
      }
    }

    /** A family position within {@code locality} of {@code fi}. */
    private int near(int fi) {
      int i = fi + random.nextInt(2 * locality + 1) - locality;
      return Math.max(0, Math.min(families.size() - 1, i));
    }

    private int pick(int fi) {
      List<Integer> m = mention.get(fi);
      return m.get(random.nextInt(m.size()));
    }

    /** One local rule on a code of family {@code fi}, kept when every plant satisfies it. */
    private void rule(int fi) {
      int o = pick(fi);
      int other = near(fi);
      int kind = random.nextInt(20);
      if (kind < 9) {
        int c = pick(other);
        if (c != o) {
          cnf.add(-o, c); // o requires c (binary rules are 96 % of automotive01's clauses)
        }
      } else if (kind < 12) {
        // o requires one of some codes of a nearby family (those the plants with o have).
        List<Integer> clause = new ArrayList<>(List.of(-o));
        for (boolean[] p : plants) {
          if (p[o]) {
            for (int c : mention.get(other)) {
              if (p[c] && !clause.contains(c)) {
                clause.add(c);
                break;
              }
            }
          }
        }
        int extra = random.nextInt(2);
        for (int k = 0; k < extra; k++) {
          int c = pick(other);
          if (!clause.contains(c) && c != o) {
            clause.add(c);
          }
        }
        if (clause.size() > 1) {
          cnf.add(clause.stream().mapToInt(Integer::intValue).toArray());
        }
      } else if (kind < 19) {
        int c = pick(other);
        if (c != o) {
          cnf.add(-o, -c);
        }
      } else {
        int a = pick(other);
        int b = pick(near(fi));
        if (a != o && b != o && a != b) {
          cnf.add(-o, -a, b);
        }
      }
    }

    /** {@code x <-> a & b} over neighbouring families, or {@code x <-> a | b | c} inside one. */
    private void derive() {
      int fi = random.nextInt(families.size());
      int x = next++;
      int a = pick(fi);
      if (random.nextBoolean()) {
        int b = pick(near(fi));
        if (b == a) {
          b = pick(fi);
        }
        for (boolean[] p : plants) {
          p[x] = p[a] && p[b];
        }
        cnf.require(cnf.add(-x, a) && cnf.add(-x, b) && cnf.add(x, -a, -b));
      } else {
        int b = pick(fi);
        int c = pick(fi);
        for (boolean[] p : plants) {
          p[x] = p[a] || p[b] || p[c];
        }
        cnf.require(cnf.add(x, -a) && cnf.add(x, -b) && cnf.add(x, -c) && cnf.add(-x, a, b, c));
      }
      mention.get(fi).add(x);
    }
  }
}
