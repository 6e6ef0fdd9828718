package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Configuration;
import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.shared.MaterialLine;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BillOfMaterialsTest {

  static ProductDefinition demo(String name) {
    return ((DefinitionResult.Loaded) Demos.load(name)).definition();
  }

  static final Configuration JEANS =
      new Configuration(
          Map.of(
              "waist", "80",
              "hip", "96",
              "inseam", "82",
              "fit", "regular",
              "rise", "mid",
              "fabric", "raw",
              "stretch", "false",
              "fly", "buttons",
              "hem", "chainstitch"));

  @Test
  void jeansFabricLengthFollowsTheLegMeasurementsAndConditionsPickTheParts() {
    var lines = BillOfMaterials.explode(demo("jeans"), JEANS, 2);
    assertThat(lines)
        .contains(
            new MaterialLine("DENIM-RAW-14OZ", 2 * 82 + 40, 2 * (2 * 82 + 40), "cm"),
            new MaterialLine("POCKETING", 80 + 20, 2 * (80 + 20), "cm"),
            new MaterialLine("BUTTON-FLY", 5, 10, "pcs"),
            new MaterialLine(
                "THREAD-CORE", 4 * 82 + 3 * 80 + 200, 2 * (4 * 82 + 3 * 80 + 200), "cm"),
            new MaterialLine("RIVET-COPPER", 6, 12, "pcs"),
            new MaterialLine("PATCH-LEATHER", 1, 2, "pcs"));
    assertThat(lines)
        .extracting(MaterialLine::part)
        .doesNotContain("DENIM-STONE-12OZ", "DENIM-BLACK-12OZ", "ZIP-YKK-18")
        .doesNotHaveDuplicates();
  }

  @Test
  void linesOfOnePartAndUnitAreMergedAndBooleansCountOneOrZero() {
    ProductDefinition pizza = demo("pizza");
    Configuration base =
        new Configuration(
            Map.of("size", "large", "crust", "classic", "sauce", "tomato", "mozzarella", "true"));
    assertThat(BillOfMaterials.explode(pizza, base.with("extra_cheese", "true"), 1))
        .contains(new MaterialLine("MOZZARELLA-G", 80 + 60, 80 + 60, "g"));
    assertThat(BillOfMaterials.explode(pizza, base.with("extra_cheese", "false"), 3))
        .contains(new MaterialLine("MOZZARELLA-G", 80, 240, "g"));
  }

  @Test
  void routingKeepsTheOperationsWhoseConditionHoldsWithWholeMinutes() {
    var ops = Routing.operations(demo("jeans"), JEANS, 3);
    assertThat(ops)
        .extracting(PlannedOperation::id, PlannedOperation::workCentre, PlannedOperation::minutes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("cut", "cutting", 12L + 3 * 15),
            org.assertj.core.groups.Tuple.tuple("sew", "sewing", 5L + 3 * 55),
            org.assertj.core.groups.Tuple.tuple("chainstitch", "sewing", 3L * 6),
            org.assertj.core.groups.Tuple.tuple("finish", "finishing", 2L + 3 * 7));
    assertThat(ops).extracting(PlannedOperation::sequence).containsExactly(1, 2, 3, 4);
    // 0.5 minutes per pizza box rounds up.
    var pizza =
        Routing.operations(
            demo("pizza"),
            new Configuration(Map.of("size", "small", "crust", "gluten-free", "sauce", "tomato")),
            3);
    assertThat(pizza).extracting(PlannedOperation::id).containsExactly("top", "bake", "box");
    assertThat(pizza.get(2).minutes()).isEqualTo(2);
  }
}
