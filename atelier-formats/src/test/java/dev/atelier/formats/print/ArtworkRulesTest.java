package dev.atelier.formats.print;

import static dev.atelier.formats.yaml.NativeTesting.decided;
import static dev.atelier.formats.yaml.NativeTesting.demoModel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.RepairStep;
import org.junit.jupiter.api.Test;

/**
 * The artwork rules as the solver sees them, on the sneakers' tongue (40 x 50 mm, margin 3): facts
 * about the artwork grey techniques out with a reason, repairs change the size or the technique.
 */
class ArtworkRulesTest {
  private static final Deadline SOON = Deadline.inMillis(30_000);
  private static final CompiledModel SNEAKERS =
      CompiledModel.compile(demoModel("sneakers"), SOON).orThrow();

  private static ConfigurationSession session(String... decisions) {
    return decided(ConfigurationSession.start(SNEAKERS), SOON, decisions);
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
  void aFullColourPhotoCanBePrinted() {
    ConfigurationSession s = session("tongue_photo", "true", "tongue_colours", "7");
    assertThat(s.validDomains(SOON).orThrow().of("tongue_technique").offered())
        .containsExactly("print");
    assertThat(s.decide("tongue_technique", "print", SOON).isOk()).isTrue();
  }

  @Test
  void tooManyColoursForEmbroideryButFineForPrint() {
    // Print is unlimited: 7 counts as "more than embroidery's 6", the most the fact holds.
    ConfigurationSession s = session("tongue_colours", "7");
    assertThat(s.validDomains(SOON).orThrow().of("tongue_technique").offered())
        .containsExactly("print");
  }

  @Test
  void aSmallImageLimitsThePlacedSizeAndTheRepairMakesItSmaller() {
    // 150 px at 150 dpi cover 25.4 mm: 25 mm on the 5 mm grid.
    ConfigurationSession s =
        session("tongue_px_w", "150", "tongue_px_h", "150", "tongue_technique", "print");
    assertThat(s.validDomains(SOON).orThrow().of("tongue_width").offered())
        .containsExactly("5", "10", "15", "20", "25");
    assertThat(s.decide("tongue_width", "25", SOON).isOk()).isTrue();
    ConfigurationSession wide =
        session("tongue_px_w", "150", "tongue_width", "30", "tongue_height", "20");
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
    assertThat(smaller.oldValue()).isEqualTo("30");
    // Without an objective the repair is any witness's: sharp, not necessarily the largest.
    assertThat(Integer.parseInt(smaller.newValue())).isBetween(5, 25);
  }

  @Test
  void theCheapestRepairProposesTheLargestSharpSize() {
    ConfigurationSession wide =
        session(
            "tongue_px_w",
            "150",
            "tongue_px_h",
            "300",
            "tongue_width",
            "30",
            "tongue_height",
            "40",
            "tongue_x",
            "5",
            "tongue_y",
            "5");
    Explanation repair =
        wide.explain("tongue_technique", "print", Objective.cheapest(), SOON).orThrow();
    // Sizes cost the same: the cheapest repair moves the number least, to 25 mm (150 px at 150
    // dpi), not to the 5 mm an optimizer may pick; the priced options say the same.
    assertThat(repair.repair()).contains(new RepairStep("tongue_width", "30", "25"));
    assertThat(repair.options()).isNotEmpty();
    assertThat(repair.options().get(0).repair())
        .contains(new RepairStep("tongue_width", "30", "25"));
    assertThat(wide.applyRepair(repair.repair(), SOON).isOk()).isTrue();
  }

  @Test
  void theArtworkStaysInsideTheSafeAreaAndTextIsAtLeastTwoMillimetres() {
    assertThat(ArtworkAttributes.pixelFact(5000, 40)).isEqualTo(240);
    assertThat(ArtworkAttributes.pixelFact(175, 40)).isEqualTo(150);
    ConfigurationSession s = session("tongue_width", "25", "tongue_height", "40");
    var domains = s.validDomains(SOON).orThrow();
    // 3 mm margin on the 5 mm grid: x in 5..10 (5 + 25 <= 37), y only 5 (5 + 40 <= 47).
    assertThat(domains.of("tongue_x").offered()).containsExactly("5", "10");
    assertThat(domains.of("tongue_y").offered()).containsExactly("5");
    assertThat(domains.of("tongue_text_mm").refused()).containsExactly("1");
  }

  @Test
  void everyPlacementDomainIsSmall() {
    for (String suffix : new String[] {"width", "height", "x", "y", "text_mm", "px_w", "px_h"}) {
      var a =
          (dev.atelier.engine.model.IntegerAttribute)
              SNEAKERS.model().attribute("tongue_" + suffix).orElseThrow();
      assertThat(a.size()).as(suffix).isBetween(1L, 20L);
    }
    assertThat(SNEAKERS.model().attribute("tongue_x").orElseThrow().valueIds())
        .containsExactly("0", "5", "10", "15", "20", "25", "30", "35");
  }

  @Test
  void withoutArtworkNothingIsMissingAndCompletionDecidesNoArtworkFact() {
    ConfigurationSession s = session("size", "42");
    assertThat(s.missingFacts()).isEmpty();
    var done = s.complete(Objective.cheapest(), SOON).orThrow();
    assertThat(done.configuration().values()).doesNotContainKeys("tongue_px_w", "heel_photo");
  }
}
