package dev.atelier.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

public class BikeSessionTest {
  private static final Deadline SOON = Deadline.inMillis(10_000);

  public static ProductModel bike() {
    return ProductModel.builder("bike")
        .basePrice("EUR", 50_000)
        .enumeration(
            "frame",
            List.of(Value.of("steel", 0), Value.of("alu", 10_000), Value.of("carbon", 60_000)))
        .enumeration(
            "gears", List.of(Value.of("3", 0), Value.of("8", 5_000), Value.of("11", 12_000)))
        .attribute(
            new EnumAttribute(
                "basket",
                LocalizedText.of("Basket"),
                List.of(Value.of("wicker", 3_000), Value.of("steel", 2_000)),
                true))
        .attribute(
            new IntegerAttribute(
                "height", LocalizedText.of("Frame height"), 48, 60, 2, "cm", false, 0))
        .constraint(
            new Constraint.Excludes(
                "carbon-3",
                LocalizedText.of("Carbon frames need " + "derailleur gears"),
                Expr.is("frame", "carbon"),
                Expr.is("gears", "3")))
        .constraint(
            new Constraint.Requires(
                "carbon-no-basket",
                LocalizedText.of("No basket on " + "carbon"),
                Expr.is("frame", "carbon"),
                Expr.not(new Expr.IsSet("basket"))))
        .constraint(
            new Constraint.Linear(
                "tall-steel",
                LocalizedText.of("Steel up to 56 cm"),
                List.of(new Expr.Term(1, "height")),
                Expr.Op.LE,
                56))
        .component(new Component("BELL-1", LocalizedText.of("Bell"), 500, 1, Expr.TRUE))
        .build();
  }

  @Test
  void domainsExplainCompleteAndCount() {
    CompiledModel m = CompiledModel.compile(bike(), SOON).orThrow();
    ConfigurationSession s = ConfigurationSession.start(m);
    // frames 3 x gears 3 minus carbon+3 = 8 pairs; basket: 3 states unless carbon (1); heights 5.
    // non-carbon: 6 pairs x 3 baskets x 5 = 90; carbon: 2 pairs x 1 x 5 = 10.
    assertThat(s.count(SOON).orThrow()).isEqualTo(BigInteger.valueOf(100));
    assertThat(s.decide("frame", "carbon", SOON).isOk()).isTrue();
    ValidDomains d = s.validDomains(SOON).orThrow();
    assertThat(d.of("gears").offered()).containsExactly("8", "11");
    assertThat(d.of("basket").offered()).isEmpty();
    assertThat(d.of("basket").unsetPossible()).isTrue();
    assertThat(d.of("height").feasibleRange().orElseThrow()).containsExactly(48, 56);

    Explanation e = s.explain("gears", "3", SOON).orThrow();
    assertThat(e.reachable()).isTrue();
    assertThat(e.retract()).containsExactly(new Decision("frame", "carbon"));
    assertThat(e.rules()).extracting(RuleRef::id).containsExactly("carbon-3");
    assertThat(e.repair().get(0)).isEqualTo(new RepairStep("gears", "", "3"));
    assertThat(e.repair().get(1).attribute()).isEqualTo("frame");
    assertThat(s.decide("gears", "3", SOON).failureOrNull().kind()).isEqualTo(Failure.Kind.REFUSED);

    Completion c = s.complete(Objective.cheapest(), SOON).orThrow();
    assertThat(c.configuration().values())
        .containsEntry("frame", "carbon")
        .containsEntry("gears", "8")
        .doesNotContainKey("basket");
    assertThat(c.price().total()).isEqualTo(50_000 + 60_000 + 5_000 + 500);

    assertThat(s.explain("height", "60", SOON).orThrow().reachable()).isFalse();
    assertThat(s.explain("height", "60", SOON).orThrow().rules())
        .extracting(RuleRef::id)
        .containsExactly("tall-steel");
    assertThat(s.applyRepair(e.repair(), SOON).isOk()).isTrue();
    assertThat(s.decisions()).contains(new Decision("gears", "3"));
    assertThat(s.undo().orThrow()).containsExactly(new Decision("frame", "carbon"));
  }

  @Test
  void aRepairThatChangesSeveralChoicesNamesTheRuleBehindEach() {
    CompiledModel m = CompiledModel.compile(bike(), SOON).orThrow();
    ConfigurationSession s = ConfigurationSession.start(m);
    s.decide("frame", "steel", SOON).orThrow();
    s.decide("gears", "3", SOON).orThrow();
    s.decide("basket", "wicker", SOON).orThrow();
    // Carbon drops both the hub gear and the basket: one rule each, the shopper reads both.
    Explanation e = s.explain("frame", "carbon", SOON).orThrow();
    assertThat(e.retract())
        .extracting(Decision::attribute)
        .containsExactlyInAnyOrder("frame", "gears", "basket");
    assertThat(e.rules())
        .extracting(RuleRef::id)
        .containsExactlyInAnyOrder("carbon-3", "carbon-no-basket");
  }
}
