package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.engine.model.Configuration;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.testing.TestServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The customer's journey over HTTP on a real server: choose, meet a refused value, read why, apply
 * the repair, complete cheapest, price.
 */
class DesignFlowTest {

  @RegisterExtension static final TestServer server = new TestServer();

  @ParameterizedTest
  @ValueSource(strings = {"bicycle", "pc", "sneakers", "jeans", "pizza"})
  void chooseMeetRefusalExplainRepairCompleteAndPrice(String product) {
    ProductVersion version = TestServer.CATALOGUE.current(product).orElseThrow();
    ObjectNode design = TestServer.JSON.createObjectNode();
    design.put("product", product).put("version", version.version()).putArray("decisions");

    TestServer.Answer domains = server.post("/api/designs/domains", design);
    assertThat(domains.status()).isEqualTo(200);
    assertThat(domains.contentType()).startsWith("application/json");
    assertThat(domains.body().get("attributes")).hasSize(version.model().attributes().size());

    // Decide the first offered value of undecided attributes until some value is refused
    // because of a decision (reachable), then try to decide it.
    JsonNode refused = null;
    String refusedAttribute = null;
    for (int step = 0; step < 20 && refused == null; step++) {
      for (JsonNode d : domains.body().get("attributes")) {
        for (JsonNode r : d.get("refused")) {
          if (d.get("decided").isNull() && !r.get("conflictsWith").isEmpty()) {
            refused = r;
            refusedAttribute = d.get("attribute").asText();
          }
        }
      }
      if (refused == null) {
        JsonNode open = firstOpen(domains.body());
        ObjectNode decide = TestServer.JSON.createObjectNode();
        decide.set("design", domains.body().get("design"));
        decide.put("attribute", open.get("attribute").asText());
        decide.put("value", open.get("offered").get(0).asText());
        domains = server.post("/api/designs/decide", decide);
        assertThat(domains.status()).as(domains.text()).isEqualTo(200);
      }
    }
    assertThat(refused).as("a value refused because of a decision").isNotNull();
    assertThat(refused.get("reason").asText()).isNotBlank();
    JsonNode current = domains.body().get("design");

    ObjectNode decide = TestServer.JSON.createObjectNode();
    decide.set("design", current);
    decide.put("attribute", refusedAttribute).put("value", refused.get("value").asText());
    TestServer.Answer conflict = server.post("/api/designs/decide", decide);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.contentType()).startsWith("application/problem+json");
    assertThat(conflict.body().get("attribute").asText()).isEqualTo(refusedAttribute);
    JsonNode explanation = conflict.body().get("explanation");
    assertThat(explanation.get("reason").asText()).isEqualTo(refused.get("reason").asText());

    TestServer.Answer explain = server.post("/api/designs/explain", decide);
    assertThat(explain.status()).isEqualTo(200);
    // The same explanation either way; the priced repairs are a help computed in the time left,
    // so a loaded machine may list fewer of them, but always the cheapest first.
    ObjectNode asked = explain.body().deepCopy();
    ObjectNode refusedWith = explanation.deepCopy();
    JsonNode askedRepairs = asked.remove("repairs");
    JsonNode refusedRepairs = refusedWith.remove("repairs");
    assertThat(asked).isEqualTo(refusedWith);
    if (!askedRepairs.isEmpty() && !refusedRepairs.isEmpty()) {
      assertThat(askedRepairs.get(0)).isEqualTo(refusedRepairs.get(0));
    }
    assertThat(explain.body().get("offered").asBoolean()).isFalse();
    assertThat(explain.body().get("retract")).isNotEmpty();

    ObjectNode repair = TestServer.JSON.createObjectNode();
    repair.set("design", current);
    repair.set("repair", explain.body().get("repair"));
    TestServer.Answer repaired = server.post("/api/designs/repair", repair);
    assertThat(repaired.status()).as(repaired.text()).isEqualTo(200);
    assertThat(decided(repaired.body().get("design")))
        .containsEntry(refusedAttribute, refused.get("value").asText());

    ObjectNode complete = TestServer.JSON.createObjectNode();
    // The customer gives their measurements first: completion never decides a fact.
    JsonNode measured = CustomerFactsApiTest.giveFacts(server, repaired.body().get("design"));
    complete.set("design", measured);
    complete.put("objective", "cheapest");
    TestServer.Answer completion = server.post("/api/designs/complete", complete);
    assertThat(completion.status()).as(completion.text()).isEqualTo(200);
    Map<String, String> values = new LinkedHashMap<>();
    completion
        .body()
        .get("configuration")
        .properties()
        .forEach(e -> values.put(e.getKey(), e.getValue().asText()));
    Configuration configuration = new Configuration(values);
    assertThat(version.compiled().validate(configuration).valid()).isTrue();
    assertThat(values)
        .containsAllEntriesOf(
            decided(measured).entrySet().stream()
                .filter(e -> !e.getValue().equals("~"))
                .collect(
                    java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    long total = version.compiled().price(configuration).total();
    assertThat(completion.body().get("price").get("total").asLong()).isEqualTo(total);
    assertThat(completion.body().get("price").get("complete").asBoolean()).isTrue();

    ObjectNode price = TestServer.JSON.createObjectNode();
    price.set("design", completion.body().get("design"));
    TestServer.Answer priced = server.post("/api/designs/price", price);
    assertThat(priced.status()).isEqualTo(200);
    assertThat(priced.body().get("total").asLong()).isEqualTo(total);
    assertThat(priced.body().get("complete").asBoolean()).isTrue();
    assertThat(priced.body().get("lines").get(0).get("kind").asText()).isEqualTo("base");

    ObjectNode byConfiguration = TestServer.JSON.createObjectNode();
    ObjectNode c = byConfiguration.putObject("configuration");
    c.put("product", product).put("version", version.version());
    c.set("values", completion.body().get("configuration"));
    assertThat(server.post("/api/designs/price", byConfiguration).body()).isEqualTo(priced.body());

    ObjectNode retract = TestServer.JSON.createObjectNode();
    retract.set("design", repaired.body().get("design"));
    retract.put("attribute", refusedAttribute);
    TestServer.Answer retracted = server.post("/api/designs/retract", retract);
    assertThat(retracted.status()).isEqualTo(200);
    assertThat(decided(retracted.body().get("design"))).doesNotContainKey(refusedAttribute);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bicycle", "pc"})
  void preferredCompletionMeetsTheWish(String product) {
    ProductVersion version = TestServer.CATALOGUE.current(product).orElseThrow();
    // The first choice (not a fact: the customer gives those first).
    dev.atelier.engine.model.Attribute first =
        version.model().attributes().stream()
            .filter(a -> !version.model().isFact(a.id()))
            .findFirst()
            .orElseThrow();
    String attribute = first.id();
    String value = first.valueIds().get(1);
    ObjectNode complete = TestServer.JSON.createObjectNode();
    ObjectNode open = TestServer.JSON.createObjectNode();
    open.put("product", product).put("version", version.version()).putArray("decisions");
    complete.set("design", CustomerFactsApiTest.giveFacts(server, open));
    complete.put("objective", "preferred");
    ArrayNode wishes = complete.putArray("preferences");
    wishes.addObject().put("attribute", attribute).put("value", value).put("weight", 5);
    TestServer.Answer answer = server.post("/api/designs/complete", complete);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.body().get("configuration").get(attribute).asText()).isEqualTo(value);
    assertThat(answer.body().get("penalty").asLong()).isZero();
  }

  /**
   * The dead end a shopper reported (issue 17): low, canvas, all white, 42, a monogram on the heel,
   * standard box, on the tongue a text height of 3 and Print. Each value was offered and the design
   * never became complete: the tongue's technique asked for a box the page places only with an
   * image. Now the priced design (nothing left to choose) is complete and complete succeeds.
   */
  @Test
  void theSneakersWithATongueTechniqueAndNoArtworkBecomeComplete() {
    ProductVersion version = TestServer.CATALOGUE.current("sneakers").orElseThrow();
    ObjectNode design = TestServer.JSON.createObjectNode();
    design.put("product", "sneakers").put("version", version.version()).putArray("decisions");
    String[] path = {
      "model", "low", "material", "canvas", "upper_colour", "white", "sole_colour", "white",
      "laces_colour", "white", "size", "42", "monogram", "given", "monogram_place", "heel",
      "packaging", "standard", "tongue_text_mm", "3", "tongue_technique", "print"
    };
    JsonNode current = design;
    for (int i = 0; i < path.length; i += 2) {
      ObjectNode decide = TestServer.JSON.createObjectNode();
      decide.set("design", current);
      decide.put("attribute", path[i]).put("value", path[i + 1]);
      TestServer.Answer answer = server.post("/api/designs/decide", decide);
      assertThat(answer.status()).as(path[i] + " " + answer.text()).isEqualTo(200);
      current = answer.body().get("design");
    }
    ObjectNode priced = TestServer.JSON.createObjectNode();
    priced.set("design", current);
    TestServer.Answer price = server.post("/api/designs/price", priced);
    assertThat(price.status()).as(price.text()).isEqualTo(200);
    assertThat(price.body().get("unmet")).as(price.text()).isEmpty();
    assertThat(price.body().get("complete").asBoolean()).as(price.text()).isTrue();
    priced.put("objective", "cheapest");
    assertThat(server.post("/api/designs/complete", priced).status()).isEqualTo(200);
  }

  static JsonNode firstOpen(JsonNode domains) {
    for (JsonNode d : domains.get("attributes")) {
      if (d.get("decided").isNull() && !d.get("offered").isEmpty()) {
        return d;
      }
    }
    throw new AssertionError("no open attribute");
  }

  static Map<String, String> decided(JsonNode design) {
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode d : design.get("decisions")) {
      out.put(d.get("attribute").asText(), d.get("value").asText());
    }
    return out;
  }
}
