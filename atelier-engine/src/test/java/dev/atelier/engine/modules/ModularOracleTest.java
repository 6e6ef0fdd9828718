package dev.atelier.engine.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Configuration;
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
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Modular models unrolled by {@link Slots} against brute force: the brute force enumerates the
 * structured configurations (a count per slot, then each present instance's values; absent ones
 * neutral; interchangeable instances as sorted sequences) and checks the rules as plain Java
 * predicates. The engine's exact count, valid domains and validation must agree.
 */
class ModularOracleTest {
  private static final LocalizedText BAY = LocalizedText.of("Bay");

  private static Deadline soon() {
    return Deadline.inMillis(60_000);
  }

  private static ModuleType bay() {
    return new ModuleType(
        "bay",
        BAY,
        List.of(
            new IntegerAttribute("width", LocalizedText.of("Width"), 40, 80, 20, "cm", false, 0),
            enumeration("doors", "none", "glass", "wood"),
            new BooleanAttribute("lit", LocalizedText.of("Light"), false, 1500)),
        List.of(
            rule(
                "glass-narrow",
                Expr.implies(
                    Expr.is("doors", "glass"),
                    new Expr.Compare(List.of(new Expr.Term(1, "width")), Expr.Op.LE, 60)))),
        List.of(
            new Component(
                "BAY-FRAME", LocalizedText.of("Bay frame"), 4000, 1, Expr.is("lit", "true"))),
        List.of());
  }

  private static List<Constraint> shelvingRules(Slot bays) {
    List<Expr.Term> widths = new ArrayList<>(Slots.sum(bays, 1, "width"));
    widths.add(new Expr.Term(-1, "wall"));
    return List.of(
        rule("fits", new Expr.Compare(widths, Expr.Op.LE, 0)),
        rule(
            "glass-max",
            new Expr.Count(
                Slots.instances(bays, Expr.is(bays.each("doors"), "glass")), Expr.Op.LE, 1)),
        rule(
            "white-no-wood",
            Slots.perInstance(
                bays,
                Expr.implies(
                    Expr.is("finish", "white"), Expr.not(Expr.is(bays.each("doors"), "wood"))))),
        rule(
            "stepping-down",
            Slots.perInstance(
                bays,
                new Expr.Compare(
                    List.of(
                        new Expr.Term(1, bays.next("width")),
                        new Expr.Term(-1, bays.each("width"))),
                    Expr.Op.LE,
                    0))));
  }

  /** The shelving rules, checked directly on a structured configuration. */
  private static boolean shelvingHolds(Map<String, String> c, boolean neighbours) {
    int n = Integer.parseInt(c.get("bays"));
    int sum = 0;
    int glass = 0;
    for (int i = 1; i <= n; i++) {
      int width = Integer.parseInt(c.get("bays[" + i + "].width"));
      String doors = c.get("bays[" + i + "].doors");
      sum += width;
      glass += doors.equals("glass") ? 1 : 0;
      if (doors.equals("glass") && width > 60) {
        return false;
      }
      if (c.get("finish").equals("white") && doors.equals("wood")) {
        return false;
      }
      if (neighbours && i < n && Integer.parseInt(c.get("bays[" + (i + 1) + "].width")) > width) {
        return false;
      }
    }
    return sum <= Integer.parseInt(c.get("wall")) && glass <= 1;
  }

  private static ProductModel shelving(boolean interchangeable) {
    Slot bays = new Slot("bays", LocalizedText.of("Bays"), bay(), 1, 3, interchangeable);
    List<Constraint> rules = new ArrayList<>(shelvingRules(bays));
    if (interchangeable) {
      rules.remove(3); // neighbours carry no meaning in a multiset
    }
    ProductModel product =
        new ProductModel(
            "shelving",
            "1",
            LocalizedText.of("Shelving"),
            "EUR",
            0,
            List.of(
                new IntegerAttribute("wall", LocalizedText.of("Wall"), 80, 200, 40, "cm", false, 0),
                enumeration("finish", "oak", "white")),
            rules,
            List.of());
    return Slots.flatten(product, List.of(bays));
  }

  @Test
  void positionalSlotCountsAndDomainsMatchBruteForce() {
    ProductModel model = shelving(false);
    assertThat(ModelValidator.validate(model)).isEmpty();
    List<Map<String, String>> valid =
        BruteForce.enumerate(model, List.of(slot(model, false)), c -> shelvingHolds(c, true));
    check(model, valid, List.of());
    check(model, valid, List.of(new Decision("bays", "2")));
    check(model, valid, List.of(new Decision("finish", "white"), new Decision("wall", "120")));
    check(model, valid, List.of(new Decision("bays[1].doors", "glass")));
    check(model, valid, List.of(new Decision("bays[2].width", "60")));
    assertThat(valid).hasSizeGreaterThan(100);
  }

  @Test
  void interchangeableSlotCountsEachMultisetOnce() {
    ProductModel model = shelving(true);
    assertThat(ModelValidator.validate(model)).isEmpty();
    List<Map<String, String>> valid =
        BruteForce.enumerate(model, List.of(slot(model, true)), c -> shelvingHolds(c, false));
    check(model, valid, List.of());
    check(model, valid, List.of(new Decision("bays", "3")));
    check(model, valid, List.of(new Decision("bays[2].doors", "glass")));
    check(model, valid, List.of(new Decision("finish", "white"), new Decision("wall", "200")));
    // Each multiset once: fewer than the positional sequences without the neighbour rule.
    List<Map<String, String>> sequences =
        BruteForce.enumerate(model, List.of(slot(model, false)), c -> shelvingHolds(c, false));
    assertThat(valid.size()).isLessThan(sequences.size());
    Set<List<String>> multisets = new LinkedHashSet<>();
    for (Map<String, String> c : sequences) {
      List<String> key = new ArrayList<>(List.of(c.get("wall"), c.get("finish")));
      key.addAll(BruteForce.multiset(c, "bays", List.of("width", "doors", "lit")));
      multisets.add(key);
    }
    assertThat(valid).hasSize(multisets.size());
  }

  @Test
  void nestedSlotsUnrollPerOuterInstance() {
    ModuleType drawer =
        ModuleType.of(
            "drawer", LocalizedText.of("Drawer"), List.of(enumeration("handle", "knob", "bar")));
    Slot drawers = new Slot("drawers", LocalizedText.of("Drawers"), drawer, 0, 2, false);
    ModuleType cabinet =
        new ModuleType(
            "cabinet",
            LocalizedText.of("Cabinet"),
            List.of(enumeration("doors", "none", "glass")),
            List.of(
                rule(
                    "glass-few-drawers",
                    Expr.implies(
                        Expr.is("doors", "glass"),
                        new Expr.Compare(List.of(new Expr.Term(1, "drawers")), Expr.Op.LE, 1)))),
            List.of(),
            List.of(drawers));
    Slot cabinets = new Slot("cabinets", LocalizedText.of("Cabinets"), cabinet, 1, 2, false);
    ProductModel product =
        new ProductModel(
            "kitchen",
            "1",
            LocalizedText.of("Kitchen"),
            "EUR",
            0,
            List.of(),
            List.of(
                rule(
                    "one-glass",
                    new Expr.Count(
                        Slots.instances(cabinets, Expr.is(cabinets.each("doors"), "glass")),
                        Expr.Op.LE,
                        1))),
            List.of());
    ProductModel model = Slots.flatten(product, List.of(cabinets));
    assertThat(ModelValidator.validate(model)).isEmpty();
    Predicate<Map<String, String>> holds =
        c -> {
          int n = Integer.parseInt(c.get("cabinets"));
          int glass = 0;
          for (int i = 1; i <= n; i++) {
            String p = "cabinets[" + i + "].";
            boolean isGlass = c.get(p + "doors").equals("glass");
            glass += isGlass ? 1 : 0;
            if (isGlass && Integer.parseInt(c.get(p + "drawers")) > 1) {
              return false;
            }
          }
          return glass <= 1;
        };
    List<Map<String, String>> valid = BruteForce.enumerate(model, List.of(cabinets), holds);
    // 1 cabinet: none 7 + glass 3 = 10; 2 cabinets: 7*7 + 2*3*7 = 91.
    assertThat(valid).hasSize(101);
    check(model, valid, List.of());
    check(model, valid, List.of(new Decision("cabinets[2].doors", "glass")));
    check(model, valid, List.of(new Decision("cabinets[1].drawers", "2")));
    assertThat(model.attribute("cabinets[2].drawers[1].handle").orElseThrow().label().text())
        .isEqualTo("Cabinet 2 · Drawer 1 · handle");
  }

  private static Slot slot(ProductModel flat, boolean interchangeable) {
    return new Slot("bays", LocalizedText.of("Bays"), bay(), 1, 3, interchangeable);
  }

  /** Count, valid domains and validation of the engine against {@code valid} under {@code ds}. */
  static void check(ProductModel model, List<Map<String, String>> valid, List<Decision> decisions) {
    CompiledModel compiled = CompiledModel.compile(model, soon()).orThrow();
    ConfigurationSession session = ConfigurationSession.start(compiled);
    for (Decision d : decisions) {
      assertThat(session.decide(d.attribute(), d.value(), soon()).isOk())
          .as("decide " + d)
          .isTrue();
    }
    List<Map<String, String>> extending =
        valid.stream()
            .filter(c -> decisions.stream().allMatch(d -> d.value().equals(c.get(d.attribute()))))
            .toList();
    BigInteger count = session.count(soon()).orThrow();
    assertThat(count)
        .as("count under " + decisions)
        .isEqualTo(BigInteger.valueOf(extending.size()));
    ValidDomains domains = session.validDomains(soon()).orThrow();
    for (Attribute a : model.attributes()) {
      Set<String> seen = new LinkedHashSet<>();
      boolean unset = false;
      for (Map<String, String> c : extending) {
        String v = c.get(a.id());
        if (v == null) {
          unset = true;
        } else {
          seen.add(v);
        }
      }
      AttributeDomain domain = domains.of(a.id());
      assertThat(Set.copyOf(domain.offered())).as(a.id() + " under " + decisions).isEqualTo(seen);
      if (a.optional()) {
        assertThat(domain.unsetPossible())
            .as(a.id() + " unset under " + decisions)
            .isEqualTo(unset);
      }
    }
    for (int k = 0; k < extending.size(); k += Math.max(1, extending.size() / 20)) {
      assertThat(session.validate(new Configuration(extending.get(k))).valid()).isTrue();
    }
  }

  private static EnumAttribute enumeration(String id, String... values) {
    return new EnumAttribute(
        id, LocalizedText.of(id), java.util.Arrays.stream(values).map(Value::of).toList(), false);
  }

  private static Constraint rule(String id, Expr expr) {
    return new Constraint.Rule(id, LocalizedText.of(id), expr);
  }
}
