package dev.atelier.bench.gen;

import java.util.Random;

/**
 * Automotive-like CNFs, like product-documentation formulas: most variables are codes in
 * exactly-one groups (engine, gearbox, trim, ...), the rest optional equipment; many equivalences
 * and definitions ({@code x <-> y}, {@code x <-> y & z}, {@code x <-> y | z}) and implications
 * between codes of different groups. A planted configuration satisfies every clause. Deterministic
 * for a seed. Parameters: {@code vars} (1500), {@code grouped} (share of variables in groups, 0.6),
 * {@code defined} (share of optional variables defined by others, 0.3), {@code implications} (per
 * variable, 3), {@code seed} (1).
 */
public final class AutomotiveModels {

  private AutomotiveModels() {}

  /** The DIMACS text of the model {@code spec} describes. */
  public static String generate(GeneratorSpec spec) {
    int n = Math.max(4, spec.integer("vars", 1500));
    double grouped = spec.decimal("grouped", 0.6);
    double defined = spec.decimal("defined", 0.3);
    double implications = spec.decimal("implications", 3);
    Random random = new Random(spec.integer("seed", 1));

    int groupedVars = (int) Math.round(grouped * n);
    boolean[] planted = new boolean[n + 1];
    int[][] groups = new int[groupedVars][];
    int groupCount = 0;
    for (int v = 1; v <= groupedVars; ) {
      int size = Math.min(groupedVars - v + 1, 2 + random.nextInt(19));
      int[] group = new int[size];
      for (int i = 0; i < size; i++) {
        group[i] = v + i;
      }
      planted[group[random.nextInt(size)]] = true;
      groups[groupCount++] = group;
      v += size;
    }
    for (int v = groupedVars + 1; v <= n; v++) {
      planted[v] = random.nextBoolean();
    }
    Cnf cnf = new Cnf(planted);
    for (int v = groupedVars + 2; v <= n; v++) {
      if (random.nextDouble() >= defined) {
        continue;
      }
      int y = 1 + random.nextInt(v - 1);
      int z = 1 + random.nextInt(v - 1);
      double kind = random.nextDouble();
      if (kind < 0.4 || y == z) {
        planted[v] = planted[y];
        cnf.require(cnf.add(-v, y) && cnf.add(v, -y));
      } else if (kind < 0.7) {
        planted[v] = planted[y] && planted[z];
        cnf.require(cnf.add(-v, y) && cnf.add(-v, z) && cnf.add(v, -y, -z));
      } else {
        planted[v] = planted[y] || planted[z];
        cnf.require(cnf.add(v, -y) && cnf.add(v, -z) && cnf.add(-v, y, z));
      }
    }
    for (int g = 0; g < groupCount; g++) {
      cnf.exactlyOneUnder(0, groups[g]);
    }
    long wanted = Math.round(implications * n);
    long added = 0;
    long attempts = 0;
    while (added < wanted && attempts++ < wanted * 30) {
      int a = 1 + random.nextInt(n);
      int b = 1 + random.nextInt(n);
      if (a != b && cnf.add(-a, random.nextDouble() < 0.7 ? b : -b)) {
        added++;
      }
    }
    return cnf.dimacs("generated automotive-like " + spec.parameters());
  }
}
