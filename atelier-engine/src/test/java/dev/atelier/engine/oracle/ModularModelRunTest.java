package dev.atelier.engine.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ModuleType;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Slot;
import dev.atelier.engine.model.Slots;
import dev.atelier.engine.model.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full oracle run ({@link ModelRun}: valid domains with the instance count, explanations,
 * repairs that may add or remove instances, cheapest and preferred completions choosing the count,
 * exact and per-value counts, validation and prices) on small modular models, positional and
 * interchangeable, against the brute-force oracle over the unrolled model.
 */
class ModularModelRunTest {

  private static EnumAttribute enumeration(String id, int price, String... values) {
    List<Value> vs = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      vs.add(Value.of(values[i], i * price));
    }
    return new EnumAttribute(id, LocalizedText.of(id), vs, false);
  }

  private static Constraint rule(String id, Expr expr) {
    return new Constraint.Rule(id, LocalizedText.of(id), expr);
  }

  /** A small shelving: 0 to 3 bays of width 1..2 and doors a/b/c under rules across bays. */
  static ProductModel shelving(boolean interchangeable) {
    ModuleType bay =
        new ModuleType(
            "bay",
            LocalizedText.of("Bay"),
            List.of(
                new IntegerAttribute("w", LocalizedText.of("w"), 1, 2, 1, "", false, 300),
                enumeration("d", 500, "a", "b", "c")),
            List.of(rule("c-narrow", Expr.implies(Expr.is("d", "c"), Expr.is("w", "1")))),
            List.of(),
            List.of());
    Slot bays = new Slot("bays", LocalizedText.of("Bays"), bay, 0, 3, interchangeable);
    List<Constraint> rules = new ArrayList<>();
    List<Expr.Term> widths = new ArrayList<>(Slots.sum(bays, 1, "w"));
    widths.add(new Expr.Term(-1, "wall"));
    rules.add(rule("fits", new Expr.Compare(widths, Expr.Op.LE, 0)));
    rules.add(
        rule(
            "one-b",
            new Expr.Count(Slots.instances(bays, Expr.is(bays.each("d"), "b")), Expr.Op.LE, 1)));
    rules.add(
        rule(
            "white-no-c",
            Slots.perInstance(
                bays,
                Expr.implies(Expr.is("finish", "white"), Expr.not(Expr.is(bays.each("d"), "c"))))));
    if (!interchangeable) {
      rules.add(
          rule(
              "no-b-beside-c",
              Slots.perInstance(
                  bays,
                  Expr.not(
                      new Expr.And(
                          List.of(Expr.is(bays.each("d"), "b"), Expr.is(bays.next("d"), "c")))))));
    }
    return Slots.flatten(
        new ProductModel(
            interchangeable ? "drives" : "bays",
            "1",
            LocalizedText.of("Modular"),
            "EUR",
            1000,
            List.of(
                new IntegerAttribute("wall", LocalizedText.of("wall"), 1, 5, 1, "", false, 0),
                enumeration("finish", 200, "oak", "white")),
            rules,
            List.of()),
        List.of(bays));
  }

  /**
   * Nested slots: 1 to 2 bays, each holding 0 to 2 drawers (fronts x/y); a bay with doors a holds
   * at most one drawer, and at most two y fronts over the whole product.
   */
  static ProductModel nested(boolean interchangeable) {
    ModuleType drawer =
        ModuleType.of(
            "drawer", LocalizedText.of("Drawer"), List.of(enumeration("f", 100, "x", "y")));
    Slot drawers = new Slot("drawers", LocalizedText.of("Drawers"), drawer, 0, 2, interchangeable);
    ModuleType bay =
        new ModuleType(
            "bay",
            LocalizedText.of("Bay"),
            List.of(enumeration("d", 500, "a", "b")),
            List.of(
                rule(
                    "a-one-drawer",
                    Expr.implies(Expr.is("d", "a"), Expr.not(Expr.is("drawers", "2"))))),
            List.of(),
            List.of(drawers));
    Slot bays = new Slot("bays", LocalizedText.of("Bays"), bay, 1, 2, false);
    List<Expr> fronts = new ArrayList<>();
    for (int b = 1; b <= 2; b++) {
      for (int d = 1; d <= 2; d++) {
        fronts.add(Expr.is(bays.address(b, drawers.address(d, "f")), "y"));
      }
    }
    return Slots.flatten(
        new ProductModel(
            "cabinet",
            "1",
            LocalizedText.of("Cabinet"),
            "EUR",
            1000,
            List.of(enumeration("finish", 200, "oak", "white")),
            List.of(rule("two-y", new Expr.Count(fronts, Expr.Op.LE, 2))),
            List.of()),
        List.of(bays));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void everyGuaranteeHoldsInNestedSlots(boolean interchangeableDrawers) {
    ProductModel model = nested(interchangeableDrawers);
    assertThat(model.attributesById()).containsKeys("bays[2].drawers", "bays[2].drawers[2].f");
    for (long seed = 0; seed < 5; seed++) {
      new ModelRun(seed, model).run(6);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void everyGuaranteeHoldsPerInstance(boolean interchangeable) {
    ProductModel model = shelving(interchangeable);
    for (long seed = 0; seed < 3; seed++) {
      new ModelRun(seed, model).run(6);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  @Tag("slow")
  void everyGuaranteeHoldsPerInstanceOnMoreSequences(boolean interchangeable) {
    ProductModel model = shelving(interchangeable);
    for (long seed = 3; seed < 40; seed++) {
      new ModelRun(seed, model).run(8);
    }
  }
}
