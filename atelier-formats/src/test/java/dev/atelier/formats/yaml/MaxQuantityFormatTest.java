package dev.atelier.formats.yaml;

import static dev.atelier.formats.yaml.NativeTesting.loaded;
import static dev.atelier.formats.yaml.NativeTesting.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.formats.product.OrderQuantity;
import dev.atelier.formats.product.ProductDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A product's own order maximum ({@code maxQuantity}): read from YAML and JSON alike, written back
 * only when declared, refused outside 1 to the global limit with a placed problem. Mutation-checked
 * (session 21): a {@code NativeWriter} that drops {@code maxQuantity} or writes {@code max - 1}
 * fails this test and {@code DemoModelsTest}'s round trip of the pizza; one that writes it also
 * when not declared fails {@link #withoutOneTheGlobalLimitHoldsAndNothingIsWritten}.
 */
class MaxQuantityFormatTest {

  private static String yaml(String maxQuantity) {
    return "id: oven\nversion: \"1\"\ncurrency: EUR\n"
        + maxQuantity
        + "attributes:\n  - {id: size, kind: enum, values: [small, large]}\n";
  }

  @Test
  void aDeclaredMaximumRoundTripsThroughYamlAndJson() {
    ProductDefinition d = loaded(NativeFormat.readDefinition(yaml("maxQuantity: 20\n"), "o.yaml"));
    assertThat(d.quantity()).isEqualTo(new OrderQuantity(20));
    String written = NativeFormat.write(d);
    assertThat(written).contains("\nmaxQuantity: 20\n");
    assertThat(loaded(NativeFormat.readDefinition(written, "o.yaml"))).isEqualTo(d);
    String json =
        "{\"id\":\"oven\",\"version\":\"1\",\"currency\":\"EUR\",\"maxQuantity\":20,"
            + "\"attributes\":[{\"id\":\"size\",\"kind\":\"enum\",\"values\":[\"small\",\"large\"]}]}";
    assertThat(loaded(NativeFormat.readDefinition(json, "o.json"))).isEqualTo(d);
  }

  @Test
  void withoutOneTheGlobalLimitHoldsAndNothingIsWritten() {
    ProductDefinition d = loaded(NativeFormat.readDefinition(yaml(""), "o.yaml"));
    assertThat(d.quantity()).isEqualTo(OrderQuantity.ANY);
    assertThat(d.quantity().max()).isEqualTo(OrderQuantity.LIMIT);
    assertThat(NativeFormat.write(d)).doesNotContain("maxQuantity");
    ProductDefinition most =
        loaded(NativeFormat.readDefinition(yaml("maxQuantity: 1000\n"), "o.yaml"));
    assertThat(most.quantity()).isEqualTo(OrderQuantity.ANY);
  }

  @Test
  void aMaximumOutsideTheLimitIsAPlacedProblem() {
    for (String bad : List.of("0", "-3", "1001", "99999999999999999999", "1.5", "abc", "[1]")) {
      List<String> found = problems(yaml("maxQuantity: " + bad + "\n"));
      assertThat(found).as(bad).isNotEmpty();
      assertThat(found.get(0)).as(bad).startsWith("m.yaml:4:").contains("maxQuantity");
    }
  }
}
