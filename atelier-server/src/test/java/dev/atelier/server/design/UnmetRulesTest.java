package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A pizza with size, crust and sauce chosen and no topping ticked has no choice left open, yet it
 * is no product: the price names the rules in the way ("some-topping") so the page can say what to
 * do instead of "1 choice left" next to steps that all read "done" and no Order button.
 */
class UnmetRulesTest {

  @RegisterExtension static final TestServer server = new TestServer();

  private static ObjectNode pizza(String... toppings) {
    ObjectNode body = TestServer.JSON.createObjectNode();
    ObjectNode design = body.putObject("design");
    design.put("product", "pizza").put("version", "2025.1");
    ArrayNode decisions = design.putArray("decisions");
    decisions.addObject().put("attribute", "size").put("value", "small");
    decisions.addObject().put("attribute", "crust").put("value", "classic");
    decisions.addObject().put("attribute", "sauce").put("value", "tomato");
    for (String topping : toppings) {
      decisions.addObject().put("attribute", topping).put("value", "true");
    }
    return body;
  }

  @Test
  void aPizzaWithoutToppingsNamesTheRuleItBreaks() {
    TestServer.Answer priced = server.post("/api/designs/price", pizza());
    assertThat(priced.status()).isEqualTo(200);
    assertThat(priced.body().get("complete").asBoolean()).isFalse();
    assertThat(priced.body().get("unmet").toString()).contains("\"some-topping\"");
  }

  @Test
  void aMargheritaMustSayItIsVegetarian() {
    // vegetarian <-> no meat or fish: an unticked "Vegetarian" box on a meatless pizza breaks it
    TestServer.Answer priced = server.post("/api/designs/price", pizza("mozzarella"));
    assertThat(priced.body().get("complete").asBoolean()).isFalse();
    assertThat(priced.body().get("unmet").toString()).isEqualTo("[\"vegetarian\"]");
  }

  @Test
  void aCompletePizzaWithUntickedExtrasHasADate() {
    ObjectNode design = (ObjectNode) pizza("mozzarella", "vegetarian").get("design");
    TestServer.Answer promise = server.post("/api/designs/promise?quantity=1", design);
    assertThat(promise.status()).isEqualTo(200);
    assertThat(promise.body().get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void aCompletePizzaBreaksNoRule() {
    TestServer.Answer priced = server.post("/api/designs/price", pizza("mozzarella", "vegetarian"));
    assertThat(priced.body().get("complete").asBoolean()).isTrue();
    assertThat(priced.body().get("unmet").size()).isZero();
  }
}
