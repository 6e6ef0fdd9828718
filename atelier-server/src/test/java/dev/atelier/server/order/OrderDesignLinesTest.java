package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.engine.session.Decision;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The order JSON (placed, read back, and in the order list) carries design lines in the labels of
 * the order's model version, on H2 and PostgreSQL: a pizza and sneakers with a monogram.
 */
class OrderDesignLinesTest {

  private static final long ALICE = 1;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void orderDesignLinesAreTheModelsLabels(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      OrderServer.Answer pizza = server.placeCheapest(ALICE, "p-1", "pizza", 1);
      assertThat(pizza.status()).as(pizza.text()).isEqualTo(201);
      assertLabelled(pizza.body(), model("pizza"));
      assertThat(line(pizza.body(), "sauce").path("label").path("de").asText()).isEqualTo("Soße");

      OrderServer.Answer sneakers =
          server.post(
              "/api/orders",
              ALICE,
              "s-1",
              OrderServer.orderBody(
                  server.sneakersWithText("monogram"), 1, Map.of("monogram", "JMK")));
      assertThat(sneakers.status()).as(sneakers.text()).isEqualTo(201);
      assertLabelled(sneakers.body(), model("sneakers"));
      JsonNode monogram = line(sneakers.body(), "monogram");
      assertThat(monogram.path("kind").asText()).isEqualTo("text");
      assertThat(monogram.path("value").path("en").asText()).isEqualTo("JMK");

      long id = sneakers.body().get("id").asLong();
      JsonNode read = server.get("/api/orders/" + id, ALICE).body();
      assertThat(read.get("designLines")).isEqualTo(sneakers.body().get("designLines"));
      JsonNode list = server.get("/api/orders", ALICE).body().get("orders");
      assertThat(list).hasSize(2);
      assertThat(list.get(0).get("designLines")).isEqualTo(sneakers.body().get("designLines"));
      assertThat(list.get(1).get("designLines")).isEqualTo(pizza.body().get("designLines"));
    }
  }

  /**
   * Every line names a chosen attribute of {@code model} by its labels (choices by their value's
   * labels), in the model's attribute order, and every chosen choice has its line.
   */
  private static void assertLabelled(JsonNode order, ProductModel model) {
    JsonNode configuration = order.get("configuration");
    List<String> shown = new ArrayList<>();
    for (JsonNode line : order.get("designLines")) {
      String id = line.get("attribute").asText();
      shown.add(id);
      Attribute attribute = model.attribute(id).orElseThrow();
      assertThat(texts(line.get("label"))).as(id).isEqualTo(attribute.label().texts());
      if (attribute instanceof EnumAttribute choice) {
        Value value =
            choice.values().stream()
                .filter(v -> v.id().equals(configuration.get(id).asText()))
                .findFirst()
                .orElseThrow();
        assertThat(texts(line.get("value"))).as(id).isEqualTo(value.label().texts());
      }
    }
    List<String> inModelOrder =
        model.attributes().stream().map(Attribute::id).filter(shown::contains).toList();
    assertThat(shown).isEqualTo(inModelOrder);
    model.attributes().stream()
        .filter(a -> a instanceof EnumAttribute && configuration.has(a.id()))
        .filter(a -> !configuration.get(a.id()).asText().equals(Decision.UNSET))
        .forEach(a -> assertThat(shown).contains(a.id()));
  }

  private static JsonNode line(JsonNode order, String attribute) {
    for (JsonNode line : order.get("designLines")) {
      if (line.get("attribute").asText().equals(attribute)) {
        return line;
      }
    }
    throw new AssertionError("no line for " + attribute + " in " + order);
  }

  private static Map<String, String> texts(JsonNode node) {
    return TestServer.JSON.convertValue(node, new TypeReference<Map<String, String>>() {});
  }

  private static ProductModel model(String product) {
    return TestServer.CATALOGUE.current(product).orElseThrow().definition().model();
  }
}
