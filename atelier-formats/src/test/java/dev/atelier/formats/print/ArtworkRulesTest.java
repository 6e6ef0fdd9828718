package dev.atelier.formats.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.RepairStep;
import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.DefinitionResult;
import org.junit.jupiter.api.Test;

/**
 * The artwork rules as the solver sees them, on the sneakers' tongue (40 x 50 mm, margin 3): facts
 * about the artwork grey techniques out with a reason, repairs change the size or the technique.
 */
class ArtworkRulesTest {
  private static final Deadline SOON = Deadline.inMillis(30_000);
  private static final CompiledModel SNEAKERS =
      CompiledModel.compile(
              ((DefinitionResult.Loaded) Demos.load("sneakers")).definition().model(), SOON)
          .orThrow();

  private static ConfigurationSession session(String... decisions) {
    ConfigurationSession s = ConfigurationSession.start(SNEAKERS);
    for (int i = 0; i < decisions.length; i += 2) {
      assertThat(s.decide(decisions[i], decisions[i + 1], SOON).isOk())
          .as(decisions[i] + "=" + decisions[i + 1])
          .isTrue();
    }
    return s;
  }

  @Test
  void aPhotoGreysEmbroideryOutWithTheReasonAndNoRepair() {
    ConfigurationSession s = session("tongue_photo", "true", "tongue_colours", "5");
    assertThat(s.validDomains(SOON).orThrow().of("tongue_technique").refused())
        .containsExactly("embroidery");
    Explanation why = s.explain("tongue_technique", "embroidery", SOON).orThrow();
    assertThat(why.reachable()).isFalse();
    assertThat(why.rules()).extracting(r -> r.label()).contains("A photo cannot be embroidered");
    assertThat(why.facts()).extracting(d -> d.attribute()).contains("tongue_photo");
  }

  @Test
  void tooManyColoursForEmbroideryButFineForPrint() {
    ConfigurationSession s = session("tongue_colours", "9");
    assertThat(s.validDomains(SOON).orThrow().of("tongue_technique").offered())
        .containsExactly("print");
  }

  @Test
  void aSmallImageLimitsThePlacedSizeAndTheRepairMakesItSmaller() {
    // 160 px at 150 dpi cover 27 mm (160 * 25.4 / 150 = 27.09).
    ConfigurationSession s =
        session("tongue_px_w", "160", "tongue_px_h", "160", "tongue_technique", "print");
    assertThat(s.validDomains(SOON).orThrow().of("tongue_width").feasibleRange().orElseThrow())
        .containsExactly(1L, 27L);
    assertThat(s.decide("tongue_width", "27", SOON).isOk()).isTrue();
    ConfigurationSession wide =
        session("tongue_px_w", "160", "tongue_width", "34", "tongue_height", "20");
    Explanation repair = wide.explain("tongue_technique", "print", SOON).orThrow();
    assertThat(repair.reachable()).isTrue();
    assertThat(repair.rules())
        .extracting(r -> r.label())
        .contains("Images need at least 150 dpi at their placed size");
    RepairStep smaller =
        repair.repair().stream()
            .filter(r -> r.attribute().equals("tongue_width"))
            .findFirst()
            .orElseThrow();
    assertThat(smaller.oldValue()).isEqualTo("34");
    assertThat(Integer.parseInt(smaller.newValue())).isBetween(1, 27);
  }

  @Test
  void theArtworkStaysInsideTheSafeAreaAndTextIsAtLeastTwoMillimetres() {
    assertThat(ArtworkAttributes.pixelFact(5000, 40)).isEqualTo(240);
    assertThat(ArtworkAttributes.pixelFact(175, 40)).isEqualTo(160);
    ConfigurationSession s = session("tongue_width", "30", "tongue_height", "44");
    var domains = s.validDomains(SOON).orThrow();
    assertThat(domains.of("tongue_x").feasibleRange().orElseThrow()).containsExactly(3L, 7L);
    assertThat(domains.of("tongue_y").offered()).containsExactly("3");
    assertThat(domains.of("tongue_text_mm").refused()).containsExactly("1");
  }

  @Test
  void withoutArtworkNothingIsMissingAndCompletionDecidesNoArtworkFact() {
    ConfigurationSession s = session("size", "42");
    assertThat(s.missingFacts()).isEmpty();
    var done = s.complete(Objective.cheapest(), SOON).orThrow();
    assertThat(done.configuration().values()).doesNotContainKeys("tongue_px_w", "heel_photo");
  }
}
