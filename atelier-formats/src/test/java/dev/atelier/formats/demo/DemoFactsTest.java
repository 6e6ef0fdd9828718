package dev.atelier.formats.demo;

import static dev.atelier.formats.yaml.NativeTesting.decided;
import static dev.atelier.formats.yaml.NativeTesting.demoModel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.answer.Validation;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.ValidDomains;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Specific facts of each demo model, checked through a configuration session. */
class DemoFactsTest {
  private static final Deadline SOON = Deadline.inMillis(30_000);

  private static ConfigurationSession session(String name, String... decisions) {
    CompiledModel m = CompiledModel.compile(demoModel(name), SOON).orThrow();
    return decided(ConfigurationSession.start(m), SOON, decisions);
  }

  private static ValidDomains domains(String name, String... decisions) {
    return session(name, decisions).validDomains(SOON).orThrow();
  }

  @Test
  void bicycle() {
    ValidDomains carbon = domains("bicycle", "frame", "carbon");
    assertThat(carbon.of("gears").offered()).containsExactly("8", "11");
    assertThat(carbon.of("basket").offered()).containsExactly("false");
    assertThat(carbon.of("brakes").refused()).containsExactly("rim");
    assertThat(carbon.of("size").feasibleRange().orElseThrow()).containsExactly(48, 58);
    ValidDomains twoCarried = domains("bicycle", "basket", "true", "rack", "true");
    assertThat(twoCarried.of("bag").offered()).containsExactly("false");
    assertThat(domains("bicycle", "usage", "touring").of("rack").offered()).containsExactly("true");
  }

  @Test
  void theBicycleFrameSizeFollowsTheRidersHeightAndInsideLeg() {
    assertThat(domains("bicycle", "rider_height", "178", "inside_leg", "82").of("size").offered())
        .containsExactly("54");
    assertThat(domains("bicycle", "rider_height", "160", "inside_leg", "72").of("size").offered())
        .containsExactly("48");
    assertThat(domains("bicycle", "rider_height", "140", "inside_leg", "60").of("size").offered())
        .containsExactly("48");
    assertThat(domains("bicycle", "rider_height", "210", "inside_leg", "100").of("size").offered())
        .containsExactly("60");
    // Every rider gets exactly one frame size.
    ConfigurationSession s = session("bicycle");
    for (int height = 140; height <= 210; height += 14) {
      for (int leg = 60; leg <= 100; leg += 8) {
        ConfigurationSession rider = ConfigurationSession.start(s.model());
        assertThat(rider.decide("rider_height", "" + height, SOON).isOk()).isTrue();
        assertThat(rider.decide("inside_leg", "" + leg, SOON).isOk()).isTrue();
        assertThat(rider.validDomains(SOON).orThrow().of("size").offered())
            .as(height + "/" + leg)
            .hasSize(1);
      }
    }
    // The tallest riders need a 60 cm frame, which carbon does not come in.
    ValidDomains tall = domains("bicycle", "rider_height", "200", "inside_leg", "95");
    assertThat(tall.of("frame").refused()).containsExactly("carbon");
    assertThat(s.missingFacts()).containsExactly("rider_height", "inside_leg");
  }

  @Test
  void pc() {
    ValidDomains intel = domains("pc", "cpu", "i9-14900k", "gpu", "rtx4090");
    assertThat(intel.of("motherboard").offered()).containsExactly("z790");
    assertThat(intel.of("socket").offered()).containsExactly("lga1700");
    assertThat(intel.of("psu").feasibleRange().orElseThrow()).containsExactly(900, 1200);
    assertThat(intel.of("case").refused()).containsExactly("compact");
    assertThat(domains("pc", "motherboard", "b650").of("ram").refused()).containsExactly("ddr4");
    assertThat(domains("pc", "psu", "450").of("gpu").offered())
        .containsExactly("rtx4060", "rtx4070");
  }

  @Test
  void sneakers() {
    assertThat(domains("sneakers", "material", "suede").of("sole_colour").refused())
        .containsExactly("white");
    assertThat(domains("sneakers", "monogram_place", "tongue").of("model").offered())
        .containsExactly("high");
    ValidDomains noMonogram = domains("sneakers", "model", "low");
    assertThat(noMonogram.of("monogram").unsetPossible()).isTrue();
    assertThat(domains("sneakers", "gift_note", "given").of("packaging").offered())
        .containsExactly("gift");
  }

  @Test
  void jeans() {
    ValidDomains waist80 = domains("jeans", "waist", "80");
    assertThat(waist80.of("hip").feasibleRange().orElseThrow()).containsExactly(84, 120);
    ValidDomains slim = domains("jeans", "waist", "80", "fit", "slim");
    assertThat(slim.of("hip").feasibleRange().orElseThrow()).containsExactly(84, 110);
    assertThat(domains("jeans", "fabric", "raw").of("stretch").offered()).containsExactly("false");
    ConfigurationSession s = session("jeans");
    Validation v =
        s.validate(
            new Configuration(
                Map.of(
                    "waist", "64", "hip", "80", "inseam", "96", "fit", "regular", "rise", "mid",
                    "fabric", "black", "stretch", "true", "fly", "zip")));
    assertThat(v.violations()).extracting(RuleRef::id).containsExactly("leg-proportion");
  }

  @Test
  void pizza() {
    ValidDomains small =
        domains(
            "pizza",
            "size",
            "small",
            "mozzarella",
            "true",
            "salami",
            "true",
            "ham",
            "true",
            "olives",
            "true");
    assertThat(small.of("mushrooms").offered()).containsExactly("false");
    assertThat(domains("pizza", "salami", "true").of("vegetarian").offered())
        .containsExactly("false");
    assertThat(domains("pizza", "crust", "gluten-free").of("size").refused())
        .containsExactly("large");
    assertThat(domains("pizza", "extra_cheese", "true").of("mozzarella").offered())
        .containsExactly("true");
  }
}
