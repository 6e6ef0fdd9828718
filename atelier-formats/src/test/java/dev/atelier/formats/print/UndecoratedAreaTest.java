package dev.atelier.formats.print;

import static dev.atelier.formats.yaml.NativeTesting.decided;
import static dev.atelier.formats.yaml.NativeTesting.loaded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.Completion;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.Preference;
import dev.atelier.engine.session.Proposal;
import dev.atelier.engine.session.RepairStep;
import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.ProductDefinition;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 17's trial: "Complete it for me (cheapest)" put "Heel: Print" on an area with neither art
 * nor text (techniques cost nothing). The avoid-by-default list now holds a technique on an
 * undecorated area, which steers completion, repairs and proposals alike.
 */
class UndecoratedAreaTest {
  private static final Deadline SOON = Deadline.inMillis(30_000);
  private static final ProductDefinition SNEAKERS = loaded(Demos.load("sneakers"));
  private static final CompiledModel COMPILED =
      CompiledModel.compile(SNEAKERS.model(), SOON).orThrow();
  private static final Objective CHEAPEST = Objective.cheapestAvoiding(SNEAKERS.avoidByDefault());

  private static ConfigurationSession session(String... decisions) {
    return decided(ConfigurationSession.start(COMPILED), SOON, decisions);
  }

  private static Map<String, String> techniques(Map<String, String> values) {
    return Map.copyOf(
        values.entrySet().stream()
            .filter(e -> e.getKey().endsWith("_technique") && !e.getValue().equals("~"))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  @Test
  void theCheapestCompletionLeavesUndecoratedAreasWithoutATechnique() {
    Completion done = session("size", "42").complete(CHEAPEST, SOON).orThrow();
    assertThat(techniques(done.configuration().values())).isEmpty();
  }

  @Test
  void aTechniqueTheShopperChoseBeforeUploadingStays() {
    Completion done =
        session("size", "42", "heel_technique", "embroidery").complete(CHEAPEST, SOON).orThrow();
    assertThat(techniques(done.configuration().values()))
        .containsExactlyEntriesOf(Map.of("heel_technique", "embroidery"));
  }

  @Test
  void aTextOnTheAreaIsDecorationSoATechniqueThereIsNotAvoided() {
    Expr heel =
        SNEAKERS.avoidByDefault().stream()
            .filter(e -> e.toString().contains("heel_technique"))
            .findFirst()
            .orElseThrow();
    assertThat(heel.toString()).contains("monogram_place").contains("heel_px_w");
  }

  @Test
  void aRepairAddsNoTechniqueToAnUndecoratedArea() {
    ConfigurationSession s = session("size", "42", "material", "suede", "sole_colour", "black");
    Explanation e = s.explain("sole_colour", "white", CHEAPEST, SOON).orThrow();
    assertThat(e.repair()).isNotEmpty();
    assertThat(e.repair().stream().map(RepairStep::attribute))
        .noneMatch(a -> a.endsWith("_technique"));
    for (var option : e.options()) {
      assertThat(option.repair().stream().map(RepairStep::attribute))
          .noneMatch(a -> a.endsWith("_technique"));
    }
  }

  @Test
  void proposalsLeaveUndecoratedAreasWithoutATechnique() {
    Proposal proposal =
        new Proposal(
                List.of(new Preference(Expr.is("material", "suede"), 1)),
                List.of(),
                Long.MAX_VALUE,
                3)
            .avoiding(SNEAKERS.avoidByDefault());
    List<Completion> designs = session("size", "42").propose(proposal, SOON).orThrow();
    assertThat(designs).isNotEmpty();
    for (Completion d : designs) {
      assertThat(techniques(d.configuration().values())).isEmpty();
    }
  }
}
