package dev.atelier.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.analytics.AnalyticsJson.AttributeDemand;
import dev.atelier.server.analytics.AnalyticsJson.ModuleAttributeDemand;
import dev.atelier.server.analytics.AnalyticsJson.ValueDemand;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.testing.DesignBuilder;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import dev.atelier.server.wishes.WishStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Instance addresses ({@code bays[2].doors}) through the product, on H2 and PostgreSQL: orders,
 * owned products, saved designs, the {@code order.placed} webhook body and the analytics carry
 * them; the modules figure sums a module attribute over every bay ("doors over all bays").
 */
class ModuleAddressesTest {

  private static JsonNode shelving(String firstDoors, String secondDoors) {
    return DesignBuilder.of("shelving")
        .pairs("wall_width", "200", "finish", "oak", "bays", "2")
        .each("bays", "width", "80", "60")
        .each("bays", "height", "220", "180")
        .each("bays", "shelves", "4", "2")
        .each("bays", "doors", firstDoors, secondDoors)
        .json();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void instanceAddressesTravelAndDoorsAreSummedOverAllBays(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      try (OrderServer server = new OrderServer(db)) {
        OrderServer.Answer first =
            server.post(
                "/api/orders", 1L, "bays-1", OrderServer.orderBody(shelving("glass", "none"), 1));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        OrderServer.Answer second =
            server.post(
                "/api/orders", 1L, "bays-2", OrderServer.orderBody(shelving("none", "wood"), 1));
        assertThat(second.status()).as(second.text()).isEqualTo(201);
        assertThat(second.body().get("configuration").get("bays[2].doors").asText())
            .isEqualTo("wood");

        OrderServer.Answer owned = server.get("/api/owned/" + second.body().get("id").asLong(), 1L);
        assertThat(owned.status()).as(owned.text()).isEqualTo(200);
        assertThat(owned.text()).contains("\"bays[2].doors\"");

        ObjectNode save = TestServer.JSON.createObjectNode();
        save.set("design", shelving("glass", "none"));
        OrderServer.Answer saved = server.post("/api/saved-designs", null, null, save.toString());
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        OrderServer.Answer reopened =
            server.get("/api/saved-designs/" + saved.body().get("id").asText(), null);
        Map<String, String> decisions = new LinkedHashMap<>();
        reopened
            .body()
            .get("design")
            .get("decisions")
            .forEach(d -> decisions.put(d.get("attribute").asText(), d.get("value").asText()));
        assertThat(decisions).containsEntry("bays[1].doors", "glass").containsEntry("bays", "2");
      } // closing the server writes the queued events

      List<String> webhooks =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT body FROM outbox_event WHERE type = 'order.placed'")
                          .mapTo(String.class)
                          .list());
      assertThat(webhooks).hasSize(2).allSatisfy(b -> assertThat(b).contains("\"bays[2].doors\""));

      ProductVersion pv = TestServer.CATALOGUE.current("shelving").orElseThrow();
      Analytics analytics = new Analytics(new DesignEventStore(db), new WishStore(db));
      AttributeDemand second =
          analytics.demand(pv).attributes().stream()
              .filter(a -> a.attribute().equals("bays[2].doors"))
              .findFirst()
              .orElseThrow();
      assertThat(second.orders()).isEqualTo(2);
      ModuleAttributeDemand doors =
          analytics.modules(pv).modules().stream()
              .filter(m -> m.slot().equals("bays") && m.attribute().equals("doors"))
              .findFirst()
              .orElseThrow();
      assertThat(doors.instances()).isEqualTo(5);
      assertThat(doors.orders()).isEqualTo(4);
      Map<String, Double> shares = new LinkedHashMap<>();
      doors.values().forEach(v -> shares.put(v.value(), v.orderShare()));
      assertThat(shares)
          .containsExactly(
              Map.entry("none", 0.5), Map.entry("glass", 0.25), Map.entry("wood", 0.25));
      assertThat(AnalyticsCsv.modules(analytics.modules(pv))).contains("bays,doors,glass,");
      assertThat(doors.values()).extracting(ValueDemand::orders).containsExactly(2L, 1L, 1L);
    }
  }
}
