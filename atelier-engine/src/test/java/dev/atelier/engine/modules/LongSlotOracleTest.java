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
 * Generated models with slots of up to 6 instances against brute force: enough count values for the
 * count's ladder encoding (an instance's presence is one link of it) and for the running totals of
 * sums and counts over many instances, with bounds at and around the edges (a sum that exactly
 * fits, a count of all or none, "exactly k"). Per seed a positional or interchangeable slot of
 * parts (size 1..2, kind k0/k1); exact counts, valid domains and validation must agree with {@link
 * BruteForce} (via {@link ModularOracleTest#check}), also after deciding the instance count.
 */
class LongSlotOracleTest {

  private static final Expr.Op[] OPS = {Expr.Op.LE, Expr.Op.GE, Expr.Op.EQ, Expr.Op.LT};

  @Test
  void sumsAndCountsOverLongSlotsMatchBruteForce() {
    for (int seed = 1; seed <= 8; seed++) {
      Random random = new Random(seed);
      boolean interchangeable = seed % 3 == 0;
      int min = random.nextInt(3);
      int max = 6;
      ModuleType part =
          ModuleType.of(
              "part",
              LocalizedText.of("Part"),
              List.of(
                  new IntegerAttribute("size", LocalizedText.of("Size"), 1, 2, 1, "", false, 0),
                  enumeration("kind", "k0", "k1")));
      Slot parts = new Slot("parts", LocalizedText.of("Parts"), part, min, max, interchangeable);
      // Limits from "barely one small part" to "every part large": the sum's edge is inside.
      int limitMin = 1 + random.nextInt(3);
      int limitMax = limitMin + 1 + random.nextInt(2 * max - limitMin);
      Expr.Op op = OPS[random.nextInt(OPS.length)];
      int k = random.nextInt(2) == 0 ? random.nextInt(2) : max - random.nextInt(3);
      List<Expr.Term> sizes = new ArrayList<>(Slots.sum(parts, 1, "size"));
      sizes.add(new Expr.Term(-1, "limit"));
      List<Constraint> rules = new ArrayList<>();
      rules.add(rule("fits", new Expr.Compare(sizes, Expr.Op.LE, 0)));
      rules.add(
          rule(
              "k1-count",
              new Expr.Count(Slots.instances(parts, Expr.is(parts.each("kind"), "k1")), op, k)));
      if (!interchangeable) {
        rules.add(
            rule(
                "neighbour",
                Slots.perInstance(
                    parts,
                    Expr.implies(
                        Expr.is(parts.each("kind"), "k0"),
                        Expr.not(Expr.is(parts.next("size"), "2"))))));
      }
      ProductModel model =
          Slots.flatten(
              new ProductModel(
                  "long" + seed,
                  "1",
                  LocalizedText.of("Long"),
                  "EUR",
                  0,
                  List.of(
                      new IntegerAttribute(
                          "limit", LocalizedText.of("Limit"), limitMin, limitMax, 1, "", false, 0)),
                  rules,
                  List.of()),
              List.of(parts));
      assertThat(ModelValidator.validate(model)).as("seed " + seed).isEmpty();
      List<Map<String, String>> valid =
          BruteForce.enumerate(model, List.of(parts), c -> holds(c, !interchangeable, op, k));
      String what = "seed " + seed + ": " + op + " " + k + ", limit " + limitMin + ".." + limitMax;
      assertThat(valid).as(what).isNotEmpty();
      ModularOracleTest.check(model, valid, List.of());
      for (int n = min; n <= max; n += 3) {
        Decision d = new Decision("parts", String.valueOf(n));
        if (valid.stream().anyMatch(c -> d.value().equals(c.get("parts")))) {
          ModularOracleTest.check(model, valid, List.of(d));
        }
      }
    }
  }

  /** The generated rules, checked directly on a structured configuration. */
  private static boolean holds(Map<String, String> c, boolean positional, Expr.Op op, int k) {
    int n = Integer.parseInt(c.get("parts"));
    int sum = 0;
    int k1 = 0;
    for (int i = 1; i <= n; i++) {
      String p = "parts[" + i + "].";
      sum += Integer.parseInt(c.get(p + "size"));
      boolean isK1 = c.get(p + "kind").equals("k1");
      k1 += isK1 ? 1 : 0;
      if (positional && i < n && !isK1 && c.get("parts[" + (i + 1) + "].size").equals("2")) {
        return false;
      }
    }
    return sum <= Integer.parseInt(c.get("limit")) && op.test(k1, k);
  }

  private static EnumAttribute enumeration(String id, String... values) {
    return new EnumAttribute(
        id, LocalizedText.of(id), java.util.Arrays.stream(values).map(Value::of).toList(), false);
  }

  private static Constraint rule(String id, Expr expr) {
    return new Constraint.Rule(id, LocalizedText.of(id), expr);
  }
}
