package dev.atelier.server.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.check.AnalysisResult;
import dev.atelier.formats.check.DiffReport;
import dev.atelier.formats.check.ModelDiff;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.yaml.NativeFormat;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The impact's counts read from a version's own compiled form equal the difference models' counts
 * ({@link ModelDiff#compare}, {@link ModelDiff#perValue}) where they apply: a first version, with
 * and without the configuration that sets nothing, and a draft that keeps none of the current
 * configurations; a draft that keeps some still counts difference models.
 */
@Tag("slow")
class PerValueImpactTest {

  private static final Deadline NONE = Deadline.none();

  @Test
  void aFirstVersionCountsItsOwnValuesLessTheConfigurationSettingNothing() {
    for (boolean optional : List.of(true, false)) {
      CompiledModel draft = compile(lamp("1", optional, false, "shade = glass -> size = s"));
      ProductModel none = ImpactAnalysis.empty(draft.model());
      DiffReport expected = ModelDiff.compare(none, draft.model(), NONE);
      DiffReport diff = PerValueImpact.diff(none, draft, true, NONE);

      assertThat(diff.gained()).as("optional %s", optional).isEqualTo(expected.gained());
      assertThat(diff.lost()).as("optional %s", optional).isEqualTo(expected.lost());
      assertThat(PerValueImpact.gained(none, draft, true, diff, NONE))
          .as("optional %s", optional)
          .isNotEmpty()
          .isEqualTo(done(ModelDiff.perValue(draft.model(), none, NONE)));
      assertThat(PerValueImpact.lost(null, draft.model(), diff, NONE)).isEmpty();
    }
  }

  @Test
  void aDraftKeepingNoConfigurationCountsBothVersionsOwnValues() {
    CompiledModel current = compile(lamp("1", true, false, "shade = glass -> size = s"));
    CompiledModel draft = compile(lamp("2", true, true, "shade = paper -> size = l"));
    DiffReport diff = PerValueImpact.diff(current.model(), draft, false, NONE);

    assertThat(diff.gained()).isEqualTo(new AnalysisResult.Done<>(BigInteger.valueOf(13)));
    assertThat(PerValueImpact.gained(current.model(), draft, false, diff, NONE))
        .isEqualTo(done(ModelDiff.perValue(draft.model(), current.model(), NONE)));
    assertThat(PerValueImpact.lost(current, draft.model(), diff, NONE))
        .isNotEmpty()
        .isEqualTo(done(ModelDiff.perValue(current.model(), draft.model(), NONE)));
  }

  @Test
  void aDraftKeepingSomeConfigurationsCountsTheDifference() {
    CompiledModel current = compile(lamp("1", true, false, "shade = glass -> size = s"));
    CompiledModel draft = compile(lamp("2", true, false, "shade = paper -> size = l"));
    DiffReport diff = PerValueImpact.diff(current.model(), draft, false, NONE);

    assertThat(PerValueImpact.gained(current.model(), draft, false, diff, NONE))
        .isNotEmpty()
        .isEqualTo(done(ModelDiff.perValue(draft.model(), current.model(), NONE)));
    assertThat(PerValueImpact.lost(current, draft.model(), diff, NONE))
        .isNotEmpty()
        .isEqualTo(done(ModelDiff.perValue(current.model(), draft.model(), NONE)));
  }

  /** A lamp: shade and size (optional or not), a rule, and optionally a required plug. */
  private static String lamp(String version, boolean optional, boolean plug, String rule) {
    String opt = optional ? "    optional: true\n" : "";
    return "id: lamp\nversion: \""
        + version
        + "\"\nlabel: {en: Lamp}\ncurrency: EUR\nbasePrice: 10.00\nattributes:\n"
        + "  - id: shade\n    kind: enum\n"
        + opt
        + "    values: [{id: glass}, {id: paper}, {id: metal}]\n"
        + "  - id: size\n    kind: enum\n"
        + opt
        + "    values: [{id: s}, {id: m}, {id: l}]\n"
        + (plug ? "  - id: plug\n    kind: enum\n    values: [{id: eu}]\n" : "")
        + "rules:\n  - id: r1\n    rule: "
        + rule
        + "\n";
  }

  private static Map<String, Map<String, BigInteger>> done(
      AnalysisResult<Map<String, Map<String, BigInteger>>> r) {
    return ((AnalysisResult.Done<Map<String, Map<String, BigInteger>>>) r).value();
  }

  private static CompiledModel compile(String text) {
    DefinitionResult r = NativeFormat.readDefinition(text, "lamp.yaml");
    assertThat(r).as(r.toString()).isInstanceOf(DefinitionResult.Loaded.class);
    return CompiledModel.compile(((DefinitionResult.Loaded) r).definition().model(), NONE)
        .orThrow();
  }
}
