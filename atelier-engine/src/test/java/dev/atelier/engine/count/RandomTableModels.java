package dev.atelier.engine.count;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random table models: boolean and enum attributes (some optional), allowed-tuples tables
 * with wildcard and unset cells.
 */
final class RandomTableModels {
  private static final LocalizedText LABEL = LocalizedText.of("x");

  private RandomTableModels() {}

  static ProductModel generate(Random random, int n, int tables) {
    return generate(random, n, tables, false);
  }

  /** As {@link #generate(Random, int, int)}; {@code priced} gives values prices of -20..99. */
  static ProductModel generate(Random random, int n, int tables, boolean priced) {
    List<Attribute> attributes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (random.nextInt(4) == 0) {
        boolean optional = random.nextInt(3) == 0;
        attributes.add(new BooleanAttribute("a" + i, LABEL, optional, priced ? price(random) : 0));
      } else {
        List<Value> values = new ArrayList<>();
        int k = 1 + random.nextInt(5);
        for (int j = 0; j < k; j++) {
          values.add(priced ? Value.of("v" + j, price(random)) : Value.of("v" + j));
        }
        attributes.add(new EnumAttribute("a" + i, LABEL, values, random.nextInt(3) == 0));
      }
    }
    List<Constraint> constraints = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      int arity = 1 + random.nextInt(Math.min(4, n));
      List<String> scope = new ArrayList<>();
      List<Attribute> cols = new ArrayList<>();
      while (scope.size() < arity) {
        Attribute a = attributes.get(random.nextInt(n));
        if (!scope.contains(a.id())) {
          scope.add(a.id());
          cols.add(a);
        }
      }
      List<List<String>> rows = new ArrayList<>();
      int r = 1 + random.nextInt(12);
      for (int i = 0; i < r; i++) {
        List<String> row = new ArrayList<>();
        for (Attribute a : cols) {
          int pick = random.nextInt(12);
          if (pick == 0) {
            row.add(Constraint.Table.ANY);
          } else if (pick == 1) {
            row.add(Constraint.Table.UNSET);
          } else {
            row.add(a.valueIds().get(random.nextInt(a.valueIds().size())));
          }
        }
        rows.add(row);
      }
      constraints.add(new Constraint.Table("t" + t, LABEL, scope, rows, true));
    }
    return new ProductModel("m", "1", LABEL, "EUR", 0, attributes, constraints, List.of());
  }

  private static long price(Random random) {
    return random.nextInt(120) - 20;
  }
}
