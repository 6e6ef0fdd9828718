package dev.atelier.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.DefinitionResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Price lines name their module instance: value lines by address, component lines by name. */
class PriceInstancesTest {

  private static ProductModel model(String demo) {
    return ((DefinitionResult.Loaded) Demos.load(demo)).definition().model();
  }

  @Test
  void valueAndComponentLinesNameTheirBay() {
    PriceInstances bays = PriceInstances.of(model("shelving"));
    PriceInstances.Instance two =
        bays.of("value", "bays[2].doors=glass", "Bay 2 · Doors: Glass").orElseThrow();
    assertThat(two.address()).isEqualTo("bays[2]");
    assertThat(two.label()).isEqualTo(Map.of("en", "Bay 2", "de", "Fach 2"));
    assertThat(bays.of("component", "FRAME", "1 x Bay 4 · Bay frame").orElseThrow().address())
        .isEqualTo("bays[4]");
    assertThat(bays.of("value", "finish=walnut", "Finish: Walnut")).isEmpty();
    assertThat(bays.of("base", "", "Modular shelving")).isEmpty();
  }

  @Test
  void aFlatProductHasNoInstances() {
    assertThat(PriceInstances.of(model("bicycle")).of("value", "frame=carbon", "Frame: Carbon"))
        .isEmpty();
    assertThat(PriceInstances.address("drives[3].capacity")).contains("drives[3]");
    assertThat(PriceInstances.address("bays[2].drawers[1].depth")).contains("bays[2]");
    assertThat(PriceInstances.address("frame")).isEmpty();
  }
}
