package dev.atelier.engine.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ModelValidator;
import dev.atelier.engine.model.ModuleType;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Slot;
import dev.atelier.engine.model.Slots;
import dev.atelier.engine.model.Value;
import dev.atelier.engine.session.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated modular models against brute force: per seed a slot of parts (positional or
 * interchangeable, 0/1 to 2/3 instances), each part with a size, a kind and optionally a nested
 * slot of subs (either kind), a module rule, and product rules across instances: a sum of sizes, a
 * count, a parent-to-instance rule and, for positional slots, a next/prev neighbour rule. Exact
 * counts, valid domains and validation must agree with {@link BruteForce} (via {@link
 * ModularOracleTest#check}).
 */
class GeneratedModularOracleTest {

  private static EnumAttribute enumeration(String id, String... values) {
    return new EnumAttribute(
        id, LocalizedText.of(id), java.util.Arrays.stream(values).map(Value::of).toList(), false);
  }

  private static Constraint rule(String id, Expr expr) {
    return new Constraint.Rule(id, LocalizedText.of(id), expr);
  }

  private static Expr le(String attribute, long bound) {
    return new Expr.Compare(List.of(new Expr.Term(1, attribute)), Expr.Op.LE, bound);
  }

  @Test
  void generatedModularModelsMatchBruteForce() {
    for (int seed = 1; seed <= 12; seed++) {
      Random random = new Random(seed);
      boolean nested = random.nextBoolean();
      boolean nestedSwap = random.nextBoolean();
      boolean interchangeable = random.nextBoolean();
      boolean usePrev = random.nextBoolean();
      int maxSize = 2 + random.nextInt(2);
      List<Slot> inner = new ArrayList<>();
      if (nested) {
        ModuleType sub =
            ModuleType.of("sub", LocalizedText.of("Sub"), List.of(enumeration("tone", "t0", "t1")));
        inner.add(new Slot("subs", LocalizedText.of("Subs"), sub, 0, 2, nestedSwap));
      }
      List<Constraint> moduleRules = new ArrayList<>();
      moduleRules.add(rule("k1-small", Expr.implies(Expr.is("kind", "k1"), le("size", 1))));
      if (nested) {
        moduleRules.add(rule("k0-few", Expr.implies(Expr.is("kind", "k0"), le("subs", 1))));
      }
      ModuleType part =
          new ModuleType(
              "part",
              LocalizedText.of("Part"),
              List.of(
                  new IntegerAttribute(
                      "size", LocalizedText.of("Size"), 1, maxSize, 1, "", false, 0),
                  enumeration("kind", "k0", "k1")),
              moduleRules,
              List.of(),
              inner);
      int min = random.nextInt(2);
      int max = nested ? 2 : 3;
      Slot parts = new Slot("parts", LocalizedText.of("Parts"), part, min, max, interchangeable);
      int countBound = random.nextInt(2);
      List<Constraint> rules = new ArrayList<>();
      List<Expr.Term> sizes = new ArrayList<>(Slots.sum(parts, 1, "size"));
      sizes.add(new Expr.Term(-1, "limit"));
      rules.add(rule("fits", new Expr.Compare(sizes, Expr.Op.LE, 0)));
      rules.add(
          rule(
              "few-k1",
              new Expr.Count(
                  Slots.instances(parts, Expr.is(parts.each("kind"), "k1")),
                  Expr.Op.LE,
                  countBound)));
      rules.add(
          rule(
              "mode",
              Slots.perInstance(
                  parts,
                  Expr.implies(
                      Expr.is("mode", "m1"), Expr.not(Expr.is(parts.each("kind"), "k0"))))));
      if (!interchangeable) {
        // Positional neighbours: a k1 part never has a k1 neighbour on the named side.
        String other = usePrev ? parts.prev("kind") : parts.next("kind");
        rules.add(
            rule(
                "neighbour",
                Slots.perInstance(
                    parts,
                    Expr.not(
                        new Expr.And(
                            List.of(Expr.is(parts.each("kind"), "k1"), Expr.is(other, "k1")))))));
      }
      ProductModel model =
          Slots.flatten(
              new ProductModel(
                  "gen" + seed,
                  "1",
                  LocalizedText.of("Generated"),
                  "EUR",
                  0,
                  List.of(
                      new IntegerAttribute(
                          "limit", LocalizedText.of("Limit"), 2, 4, 1, "", false, 0),
                      enumeration("mode", "m0", "m1")),
                  rules,
                  List.of()),
              List.of(parts));
      assertThat(ModelValidator.validate(model)).as("seed " + seed).isEmpty();
      final boolean positional = !interchangeable;
      List<Map<String, String>> valid =
          BruteForce.enumerate(
              model, List.of(parts), c -> holds(c, nested, positional, countBound));
      ModularOracleTest.check(model, valid, List.of());
      for (Decision d :
          List.of(new Decision("parts", String.valueOf(max)), new Decision("mode", "m1"))) {
        // Decide only values some valid configuration has (the engine refuses the others).
        if (valid.stream().anyMatch(c -> d.value().equals(c.get(d.attribute())))) {
          ModularOracleTest.check(model, valid, List.of(d));
        }
      }
      assertThat(valid).as("seed " + seed).isNotEmpty();
    }
  }

  /** The generated rules, checked directly on a structured configuration. */
  private static boolean holds(
      Map<String, String> c, boolean nested, boolean positional, int countBound) {
    int n = Integer.parseInt(c.get("parts"));
    int sum = 0;
    int k1 = 0;
    for (int i = 1; i <= n; i++) {
      String p = "parts[" + i + "].";
      int size = Integer.parseInt(c.get(p + "size"));
      boolean isK1 = c.get(p + "kind").equals("k1");
      sum += size;
      k1 += isK1 ? 1 : 0;
      if (isK1 && size > 1) {
        return false;
      }
      if (nested && !isK1 && Integer.parseInt(c.get(p + "subs")) > 1) {
        return false;
      }
      if (c.get("mode").equals("m1") && !isK1) {
        return false;
      }
      if (positional && i < n && isK1 && c.get("parts[" + (i + 1) + "].kind").equals("k1")) {
        return false;
      }
    }
    return sum <= Integer.parseInt(c.get("limit")) && k1 <= countBound;
  }
}
