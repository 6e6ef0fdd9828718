package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The other values of a decided choice are alternatives, not refusals (as Tacton or Nike By You
 * show them): {@code /api/designs/domains} names for each the <em>other</em> decisions choosing it
 * would change, checked here against the decide route itself: leaving out exactly those decisions
 * lets it be decided, and each one of them is in the way on its own.
 */
class DecidedAlternativesTest {

  @RegisterExtension static final TestServer server = new TestServer();

  @Test
  void eachAlternativeNamesTheOtherDecisionsItWouldChange() {
    // Leather with a white sole: suede would change the sole (suede comes with a dark or gum sole);
    // canvas changes nothing else.
    Map<String, String> decided = new LinkedHashMap<>();
    decided.put("sole_colour", "white");
    decided.put("material", "leather");
    decided.put("upper_colour", "sand");
    JsonNode domains = server.post("/api/designs/domains", design(decided)).body();
    assertThat(domains.get("reasonsComplete").asBoolean()).isTrue();
    JsonNode material = domain(domains, "material");
    assertThat(material.get("decided").asText()).isEqualTo("leather");
    JsonNode suede = refused(material, "suede");
    assertThat(names(suede.get("conflictsWith"))).containsExactly("sole_colour");
    assertThat(suede.get("reachable").asBoolean()).isTrue();
    assertThat(suede.get("reason").isNull()).as("an alternative is not 'not available'").isTrue();
    // Canvas in sand is forbidden: canvas would change the upper colour.
    assertThat(names(refused(material, "canvas").get("conflictsWith")))
        .containsExactly("upper_colour");

    // Every alternative of every decided choice against the decide route (the oracle).
    int checked = 0;
    for (JsonNode d : domains.get("attributes")) {
      if (d.get("decided").isNull()) {
        continue;
      }
      for (JsonNode r : d.get("refused")) {
        assertThat(r.get("reachable").asBoolean()).isTrue();
        assertMinimalChange(decided, d.get("attribute").asText(), r);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(8);
  }

  /**
   * Without the named decisions (and the attribute's own) the value is decided (200); with any one
   * of them back it is refused (409).
   */
  private static void assertMinimalChange(
      Map<String, String> decided, String attribute, JsonNode alternative) {
    String value = alternative.get("value").asText();
    List<String> others = names(alternative.get("conflictsWith"));
    assertThat(others).doesNotContain(attribute);
    Map<String, String> kept = new LinkedHashMap<>(decided);
    kept.remove(attribute);
    others.forEach(kept::remove);
    assertThat(decide(kept, attribute, value)).as(attribute + "=" + value).isEqualTo(200);
    for (String other : others) {
      Map<String, String> back = new LinkedHashMap<>(kept);
      back.put(other, decided.get(other));
      assertThat(decide(back, attribute, value))
          .as(attribute + "=" + value + " with " + other)
          .isEqualTo(409);
    }
  }

  private static int decide(Map<String, String> decisions, String attribute, String value) {
    ObjectNode body = TestServer.JSON.createObjectNode();
    body.set("design", design(decisions));
    body.put("attribute", attribute).put("value", value);
    return server.post("/api/designs/decide", body).status();
  }

  private static ObjectNode design(Map<String, String> decisions) {
    ObjectNode design = TestServer.JSON.createObjectNode();
    design
        .put("product", "sneakers")
        .put("version", TestServer.CATALOGUE.current("sneakers").orElseThrow().version());
    ArrayNode list = design.putArray("decisions");
    decisions.forEach((a, v) -> list.addObject().put("attribute", a).put("value", v));
    return design;
  }

  private static JsonNode domain(JsonNode domains, String attribute) {
    for (JsonNode d : domains.get("attributes")) {
      if (d.get("attribute").asText().equals(attribute)) {
        return d;
      }
    }
    throw new AssertionError("no domain of " + attribute);
  }

  private static JsonNode refused(JsonNode domain, String value) {
    for (JsonNode r : domain.get("refused")) {
      if (r.get("value").asText().equals(value)) {
        return r;
      }
    }
    throw new AssertionError("no other value " + value);
  }

  private static List<String> names(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
