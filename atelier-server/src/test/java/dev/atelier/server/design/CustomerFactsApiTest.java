package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.testing.BicycleRider;
import dev.atelier.server.testing.DesignBuilder;
import dev.atelier.server.testing.TestFacts;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Customer facts through the API: completion, proposals and recommendations never decide a fact
 * (they ask for the missing ones), keep the given ones, and repairs never change one.
 */
public class CustomerFactsApiTest {

  private static final Map<String, String> BODY =
      Map.of("waist", "84", "hip", "100", "inseam", "80");

  public static ObjectNode design(String product, Map<String, String> decisions) {
    return DesignBuilder.of(product).set(decisions).json();
  }

  public static Map<String, String> decisions(JsonNode design) {
    Map<String, String> out = new LinkedHashMap<>();
    design
        .get("decisions")
        .forEach(d -> out.put(d.get("attribute").asText(), d.get("value").asText()));
    return out;
  }

  /**
   * {@code design} with each customer fact of its product that it lacks given by the customer (the
   * middle of the values still offered), as the page asks before completing.
   */
  public static JsonNode giveFacts(TestServer server, JsonNode design) {
    var model = TestServer.CATALOGUE.current(design.get("product").asText()).orElseThrow().model();
    List<String> facts =
        model.facts().stream().filter(f -> !f.mayBeAbsent()).map(f -> f.attribute()).toList();
    return TestFacts.give(design, facts, (path, json) -> server.post(path, json).body());
  }

  private static TestServer.Answer complete(TestServer server, ObjectNode design) {
    ObjectNode request = TestServer.JSON.createObjectNode();
    request.set("design", design);
    request.put("objective", "cheapest");
    return server.post("/api/designs/complete", request.toString());
  }

  @Test
  void completionProposalsAndRecommendationsNeverDecideAFact() {
    try (TestServer server = new TestServer()) {
      ObjectNode open = design("jeans", Map.of("fit", "regular"));
      TestServer.Answer refused = complete(server, open);
      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.body().get("type").asText()).endsWith("missing-facts");
      assertThat(refused.body().get("detail").asText()).contains("waist, hip, inseam");
      ObjectNode propose = TestServer.JSON.createObjectNode();
      propose.set("design", open);
      propose.putArray("answers");
      assertThat(server.post("/api/designs/propose", propose.toString()).status()).isEqualTo(409);
      JsonNode recommended = server.post("/api/designs/recommend", open.toString()).body();
      assertThat(recommended.get("completion").isNull()).isTrue();
      List<String> recommendedAttributes = new ArrayList<>();
      recommended.get("next").forEach(n -> recommendedAttributes.add(n.get("attribute").asText()));
      assertThat(recommendedAttributes).doesNotContain("waist", "hip", "inseam").isNotEmpty();

      Map<String, String> given = new LinkedHashMap<>(BODY);
      given.put("fit", "regular");
      ObjectNode measured = design("jeans", given);
      TestServer.Answer completed = complete(server, measured);
      assertThat(completed.status()).as(completed.text()).isEqualTo(200);
      assertThat(decisions(completed.body().get("design"))).containsAllEntriesOf(BODY);
      propose.set("design", measured);
      JsonNode proposals = server.post("/api/designs/propose", propose.toString()).body();
      assertThat(proposals.get("proposals").size()).isGreaterThan(0);
      proposals
          .get("proposals")
          .forEach(
              p -> assertThat(decisions(p.get("design").get("design"))).containsAllEntriesOf(BODY));
      JsonNode withFacts = server.post("/api/designs/recommend", measured.toString()).body();
      assertThat(decisions(withFacts.get("completion").get("design"))).containsAllEntriesOf(BODY);
    }
  }

  private static JsonNode explain(TestServer server, ObjectNode design, String a, String v) {
    ObjectNode request = TestServer.JSON.createObjectNode();
    request.set("design", design);
    request.put("attribute", a);
    request.put("value", v);
    TestServer.Answer answer = server.post("/api/designs/explain", request.toString());
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.body();
  }

  @Test
  void repairsChangeChoicesNeverFactsAndNameTheFactsInTheWay() {
    try (TestServer server = new TestServer()) {
      // A slim fit needs a hip at most 30 cm over the waist: 70 / 104 is 34, so only the
      // measurements are in the way, and they are the customer's, not ours to change.
      ObjectNode wide = design("jeans", Map.of("waist", "70", "hip", "104", "inseam", "80"));
      JsonNode slim = explain(server, wide, "fit", "slim");
      assertThat(slim.get("reachable").asBoolean()).isFalse();
      assertThat(slim.get("repair")).isEmpty();
      assertThat(slim.get("facts").toString()).contains("\"waist\"").contains("\"hip\"");
      assertThat(slim.get("reason").asText()).contains("Waist 70 cm").contains("Hip 104 cm");

      // Changing a measurement that the chosen fit refuses changes the fit, never another fact.
      Map<String, String> slimFit = new LinkedHashMap<>(BODY);
      slimFit.put("fit", "slim");
      JsonNode hip = explain(server, design("jeans", slimFit), "hip", "120");
      assertThat(hip.get("reachable").asBoolean()).isTrue();
      List<String> changed = new ArrayList<>();
      hip.get("repair").forEach(c -> changed.add(c.get("attribute").asText()));
      assertThat(changed).contains("hip", "fit").doesNotContain("waist", "inseam");

      // A choice in the way of a choice: the repair changes the choice, the facts stay.
      Map<String, String> buttons = new LinkedHashMap<>(BODY);
      buttons.put("fly", "buttons");
      JsonNode low = explain(server, design("jeans", buttons), "rise", "low");
      List<String> repaired = new ArrayList<>();
      low.get("repair").forEach(c -> repaired.add(c.get("attribute").asText()));
      assertThat(repaired).containsExactlyInAnyOrder("rise", "fly");
      assertThat(low.get("facts")).isEmpty();
    }
  }

  @Test
  void uncheckedExtrasMeanNoSoTheDesignIsComplete() {
    try (TestServer server = new TestServer()) {
      Map<String, String> bike = new LinkedHashMap<>();
      bike.put("usage", "city");
      bike.put("frame", "alu");
      bike.put("size", "54");
      bike.put("saddle_height", "80");
      bike.put("gears", "8");
      bike.put("brakes", "disc-mech");
      bike.put("saddle", "comfort");
      // The rider's facts are given (they fit the 54 cm frame); only the extras stay unticked.
      bike.put("rider_height", BicycleRider.HEIGHT);
      bike.put("inside_leg", BicycleRider.INSIDE_LEG);
      JsonNode price = price(server, design("bicycle", bike));
      assertThat(price.get("complete").asBoolean()).as(price.toString()).isTrue();
      // Touring needs a rack or a bag: "no" to all three is refused, so the design is not done.
      bike.put("usage", "touring");
      assertThat(price(server, design("bicycle", bike)).get("complete").asBoolean()).isFalse();
      bike.put("rack", "true");
      assertThat(price(server, design("bicycle", bike)).get("complete").asBoolean()).isTrue();
    }
  }

  static JsonNode price(TestServer server, ObjectNode design) {
    ObjectNode request = TestServer.JSON.createObjectNode();
    request.set("design", design);
    return server.post("/api/designs/price", request.toString()).body();
  }
}
