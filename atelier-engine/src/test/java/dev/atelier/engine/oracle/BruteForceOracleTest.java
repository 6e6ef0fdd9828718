package dev.atelier.engine.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.Value;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Preference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sanity checks of the oracle itself on hand-built models whose answers were worked out by hand.
 */
class BruteForceOracleTest {

  private static final LocalizedText L = LocalizedText.of("l");

  /**
   * color {r:+100, g, b:-50}; gift optional bool (+200); qty 1..3 (+10/unit); mono optional text
   * (+500); base 1000. Rules: color=r requires gift; qty + gift <= 3; forbidden color=b with mono.
   * Component p0 (-30 x 2) when gift. 54 assignments, 28 valid (worked out by hand).
   */
  static ProductModel shop() {
    return ProductModel.builder("shop")
        .basePrice("EUR", 1000)
        .enumeration("color", List.of(Value.of("r", 100), Value.of("g"), Value.of("b", -50)))
        .attribute(new BooleanAttribute("gift", L, true, 200))
        .attribute(new IntegerAttribute("qty", L, 1, 3, 1, "", false, 10))
        .attribute(new TextAttribute("mono", L, 5, "", true, 500))
        .constraint(
            new Constraint.Requires(
                "c1", L, Expr.is("color", "r"), Expr.is("gift", BooleanAttribute.TRUE)))
        .constraint(
            new Constraint.Linear(
                "c2", L, List.of(new Expr.Term(1, "qty"), new Expr.Term(1, "gift")), Expr.Op.LE, 3))
        .constraint(
            new Constraint.Table(
                "c3", L, List.of("color", "mono"), List.of(List.of("b", "given")), false))
        .component(new Component("p0", L, -30, 2, Expr.is("gift", BooleanAttribute.TRUE)))
        .build();
  }

  @Test
  void countsAndDomainsOfTheShopModel() {
    BruteForceOracle o = new BruteForceOracle(shop());
    assertThat(o.all()).hasSize(54);
    assertThat(o.count(List.of())).isEqualTo(28);
    List<Decision> red = List.of(new Decision("color", "r"));
    assertThat(o.count(red)).isEqualTo(4);
    Map<String, BruteForceOracle.Domain> d = o.domains(red);
    assertThat(d.get("gift")).isEqualTo(new BruteForceOracle.Domain(List.of("true"), false));
    assertThat(d.get("qty")).isEqualTo(new BruteForceOracle.Domain(List.of("1", "2"), false));
    assertThat(d.get("mono")).isEqualTo(new BruteForceOracle.Domain(List.of("given"), true));
    assertThat(d.get("color")).isEqualTo(new BruteForceOracle.Domain(List.of("r"), false));
    assertThat(o.countPerValue(List.of(), "gift"))
        .containsExactly(Map.entry("true", 10L), Map.entry("false", 9L), Map.entry("~", 9L));
    assertThat(o.countPerValue(red, "qty"))
        .containsExactly(Map.entry("1", 2L), Map.entry("2", 2L), Map.entry("3", 0L));
  }

  @Test
  void consistencyUnderDecisions() {
    BruteForceOracle o = new BruteForceOracle(shop());
    assertThat(o.consistent(List.of(new Decision("color", "b")), new Decision("mono", "given")))
        .isFalse();
    assertThat(o.consistent(List.of(new Decision("color", "b")), new Decision("mono", "~")))
        .isTrue();
    assertThat(o.consistent(List.of(new Decision("color", "r")), new Decision("qty", "3")))
        .isFalse();
    assertThat(o.consistent(List.of(new Decision("gift", "~")), new Decision("qty", "3"))).isTrue();
    assertThat(o.consistent(List.of(new Decision("color", "r")), new Decision("color", "g")))
        .isFalse();
  }

  @Test
  void pricesAndPreferences() {
    BruteForceOracle o = new BruteForceOracle(shop());
    Configuration c =
        new Configuration(Map.of("color", "r", "gift", "true", "qty", "2", "mono", "given"));
    assertThat(o.isValid(c)).isTrue();
    assertThat(o.price(c)).isEqualTo(1000 + 100 + 200 + 20 + 500 - 60);
    assertThat(o.minPrice(List.of())).hasValue(960);
    assertThat(o.minPrice(List.of(new Decision("color", "r")))).hasValue(1250);
    List<Preference> prefs =
        List.of(
            new Preference(Expr.is("color", "r"), 3), new Preference(Expr.is("mono", "given"), 1));
    assertThat(o.minPenalty(List.of(), prefs)).hasValue(0);
    assertThat(o.minPenalty(List.of(new Decision("color", "b")), prefs)).hasValue(4);
  }

  @Test
  void violationsAndValidity() {
    BruteForceOracle o = new BruteForceOracle(shop());
    Configuration bad =
        new Configuration(Map.of("color", "b", "gift", "true", "qty", "3", "mono", "given"));
    assertThat(o.violated(bad)).containsExactly("c2", "c3");
    assertThat(o.isValid(bad)).isFalse();
    assertThat(o.isValid(new Configuration(Map.of("color", "g")))).isFalse();
    assertThat(o.isValid(new Configuration(Map.of("color", "g", "qty", "1")))).isTrue();
    assertThat(o.isValid(new Configuration(Map.of("color", "g", "qty", "7")))).isFalse();
  }

  @Test
  void tableCellsAnyAndUnset() {
    ProductModel m =
        ProductModel.builder("t")
            .attribute(new EnumAttribute("a", L, List.of(Value.of("x"), Value.of("y")), true))
            .enumeration("b", "x", "y")
            .constraint(
                new Constraint.Table(
                    "t", L, List.of("a", "b"), List.of(List.of("~", "*"), List.of("x", "y")), true))
            .build();
    BruteForceOracle o = new BruteForceOracle(m);
    assertThat(o.all()).hasSize(6);
    assertThat(o.count(List.of())).isEqualTo(3);
    assertThat(o.domains(List.of(new Decision("b", "x"))).get("a"))
        .isEqualTo(new BruteForceOracle.Domain(List.of(), true));
    assertThat(o.violated(new Configuration(Map.of("a", "y", "b", "x")))).containsExactly("t");
  }

  @Test
  void countIffAndEmptyConnectives() {
    ProductModel m =
        ProductModel.builder("c")
            .bool("p")
            .bool("q")
            .bool("r")
            .rule(
                "two",
                new Expr.Count(
                    List.of(Expr.is("p", "true"), Expr.is("q", "true"), Expr.is("r", "true")),
                    Expr.Op.EQ,
                    2))
            .rule("iff", new Expr.Iff(Expr.is("p", "true"), Expr.not(Expr.is("q", "true"))))
            .rule("empty-and", new Expr.And(List.of()))
            .build();
    BruteForceOracle o = new BruteForceOracle(m);
    assertThat(o.count(List.of())).isEqualTo(2);
    assertThat(o.domains(List.of()).get("r"))
        .isEqualTo(new BruteForceOracle.Domain(List.of("true"), false));
    ProductModel never =
        ProductModel.builder("n").bool("p").rule("no", new Expr.Or(List.of())).build();
    assertThat(new BruteForceOracle(never).count(List.of())).isZero();
  }
}
