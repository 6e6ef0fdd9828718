package dev.atelier.bench.gen;

import java.util.Random;

/**
 * Modular product models in the native YAML format: a product with a {@code frame} choice and a
 * positional slot {@code units} of 1 to {@code instances} instances of a module with {@code
 * attributes} attributes (the first an integer size 1..4, the others enumerations of {@code values}
 * values), random rules inside the module, and rules across instances: a sum of sizes, a count of
 * instances, a neighbour rule and a parent-to-instance rule. Deterministic for a seed. Parameters:
 * {@code instances} (20), {@code attributes} (10), {@code values} (4), {@code rules} (module rules,
 * 6), {@code seed} (1).
 */
public final class ModularModels {

  private ModularModels() {}

  /** The YAML text of the model {@code spec} describes. */
  public static String generate(GeneratorSpec spec) {
    int instances = Math.max(1, Math.min(50, spec.integer("instances", 20)));
    int attributes = Math.max(3, spec.integer("attributes", 10));
    int values = Math.max(2, spec.integer("values", 4));
    int rules = Math.max(0, spec.integer("rules", 6));
    Random random = new Random(spec.integer("seed", 1));
    StringBuilder y = new StringBuilder();
    y.append("id: modular\nversion: \"1\"\ncurrency: EUR\n");
    y.append("attributes:\n  - {id: frame, kind: enum, values: [f0, f1, f2]}\n");
    y.append("modules:\n  - id: unit\n    label: {en: Unit, de: Einheit}\n    attributes:\n");
    y.append("      - {id: a1, kind: integer, min: 1, max: 4, pricePerUnit: 5.00}\n");
    for (int a = 2; a <= attributes; a++) {
      y.append("      - {id: a").append(a).append(", kind: enum, values: [");
      for (int v = 0; v < values; v++) {
        y.append(v == 0 ? "" : ", ").append('v').append(v);
      }
      y.append("]}\n");
    }
    y.append("    rules:\n");
    for (int r = 0; r < rules; r++) {
      int a = 2 + random.nextInt(attributes - 1);
      int b = 2 + random.nextInt(attributes - 1);
      if (a == b) {
        b = a == attributes ? 2 : a + 1;
      }
      y.append("      - {id: r")
          .append(r)
          .append(", rule: a")
          .append(a)
          .append(" = v")
          .append(random.nextInt(values))
          .append(" -> a")
          .append(b)
          .append(" != v")
          .append(random.nextInt(values))
          .append("}\n");
    }
    y.append("slots:\n  units: {module: unit, count: 1..").append(instances).append("}\n");
    y.append("rules:\n");
    if (spec.integer("sum", 1) == 1) {
      y.append("  - {id: size, rule: sum(units.a1) <= ").append(2 * instances).append("}\n");
    }
    if (spec.integer("count", 1) == 1) {
      y.append("  - {id: few-v0, rule: count(units where a2 = v0) <= ")
          .append(Math.max(1, instances / 2))
          .append("}\n");
    }
    y.append("  - {id: neighbour, rule: units.a3 = v1 -> next(units).a3 != v0}\n");
    y.append("  - {id: frame-f0, rule: frame = f0 -> units.a4 != v0}\n");
    return y.toString();
  }
}
