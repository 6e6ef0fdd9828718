package dev.atelier.server.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.engine.model.Configuration;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The transparent face through the API: recommendations learn from past orders of the product
 * version and only ever propose values the engine still offers.
 */
class RecommendRouteTest {

  @Test
  void suggestsWhatOthersOrderedButOnlyValuesStillOffered() {
    try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2);
        OrderServer server = new OrderServer(db)) {
      ProductVersion bike = TestServer.CATALOGUE.current("bicycle").orElseThrow();
      JsonNode ordered = server.completeDesign("bicycle");
      for (int i = 0; i < 3; i++) {
        OrderServer.Answer placed =
            server.post("/api/orders", 1L, "reco-" + i, OrderServer.orderBody(ordered, 1));
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      }
      Map<String, String> bought = new HashMap<>();
      ordered
          .path("decisions")
          .forEach(d -> bought.put(d.get("attribute").asText(), d.get("value").asText()));

      // The rider gives the same facts as the buyers (recommendations never suggest a fact).
      String rider =
          "{\"attribute\":\"rider_height\",\"value\":\""
              + bought.get("rider_height")
              + "\"},{\"attribute\":\"inside_leg\",\"value\":\""
              + bought.get("inside_leg")
              + "\"}";
      String empty =
          "{\"product\":\"bicycle\",\"version\":\""
              + bike.version()
              + "\",\"decisions\":["
              + rider
              + "]}";
      OrderServer.Answer r = server.post("/api/designs/recommend", null, null, empty);
      assertThat(r.status()).as(r.text()).isEqualTo(200);
      assertThat(r.body().get("basedOnOrders").asLong()).isEqualTo(3);
      JsonNode next = r.body().get("next");
      // Every choice, never a fact (the rider's height and inside leg are theirs to give).
      assertThat(next.size())
          .isEqualTo(bike.model().attributes().size() - bike.model().facts().size());
      // With nothing else decided, every suggestion is what the three orders chose.
      next.forEach(
          n ->
              assertThat(n.get("value").asText())
                  .as(n.get("attribute").asText())
                  .isEqualTo(bought.getOrDefault(n.get("attribute").asText(), "~")));
      assertValid(bike, r.body().path("completion").path("configuration"));

      // Carbon frames refuse the 3-speed hub: the suggestion for gears must be another value.
      String carbon =
          "{\"product\":\"bicycle\",\"version\":\""
              + bike.version()
              + "\",\"decisions\":["
              + rider
              + ",{\"attribute\":\"frame\",\"value\":\"carbon\"}]}";
      OrderServer.Answer domains = server.post("/api/designs/domains", null, null, carbon);
      OrderServer.Answer withCarbon = server.post("/api/designs/recommend", null, null, carbon);
      assertThat(withCarbon.status()).as(withCarbon.text()).isEqualTo(200);
      assertOffered(withCarbon.body(), domains.body());
      assertThat(withCarbon.body().path("completion").path("configuration").path("frame").asText())
          .isEqualTo("carbon");
      assertValid(bike, withCarbon.body().path("completion").path("configuration"));
    }
  }

  /** Every suggestion of {@code answer} is offered in {@code domains} (of the same design). */
  static void assertOffered(JsonNode answer, JsonNode domains) {
    assertThat(answer.get("next")).isNotEmpty();
    answer
        .get("next")
        .forEach(
            n -> {
              JsonNode domain = domainOf(domains, n.get("attribute").asText());
              String value = n.get("value").asText();
              boolean offered =
                  value.equals("~")
                      ? domain.get("unsetPossible").asBoolean()
                      : List.copyOf(toList(domain.get("offered"))).contains(value);
              assertThat(offered).as(n.toString() + " in " + domain).isTrue();
            });
  }

  private static JsonNode domainOf(JsonNode domains, String attribute) {
    for (JsonNode d : domains.get("attributes")) {
      if (d.get("attribute").asText().equals(attribute)) {
        return d;
      }
    }
    throw new AssertionError("no domain of " + attribute);
  }

  private static List<String> toList(JsonNode array) {
    List<String> values = new java.util.ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static void assertValid(ProductVersion pv, JsonNode configuration) {
    Map<String, String> values = new LinkedHashMap<>();
    configuration.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
    assertThat(pv.compiled().validate(new Configuration(values)).valid())
        .as(values.toString())
        .isTrue();
  }
}
