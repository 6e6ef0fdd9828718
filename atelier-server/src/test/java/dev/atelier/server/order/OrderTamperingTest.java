package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.engine.model.Attribute;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A client that lies: forged price and total fields, invalid, incomplete or unknown decisions,
 * another product's or an unknown version, quantities out of range. Each is rejected (4xx, nothing
 * stored) or placed at the server's price; the client's number is never charged.
 */
class OrderTamperingTest {

  private static final long ACCOUNT = 5;
  private final AtomicInteger keys = new AtomicInteger();

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void forgedFieldsAreRejectedAndNothingIsStored(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      JsonNode design = server.completeDesign("bicycle");
      for (String forged :
          List.of(
              "{\"design\": %s, \"quantity\": 1, \"price\": 1}",
              "{\"design\": %s, \"quantity\": 1, \"total\": 1}",
              "{\"design\": %s, \"quantity\": 1, \"unitPrice\": 1, \"currency\": \"EUR\"}",
              "{\"design\": %s, \"quantity\": 1, \"valid\": true}")) {
        OrderServer.Answer a = place(server, forged.formatted(design));
        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("detail").asText()).startsWith("unknown field");
      }
      ObjectNode pricedDesign = design.deepCopy();
      pricedDesign.put("price", 1).put("complete", true);
      assertThat(place(server, OrderServer.orderBody(pricedDesign, 1)).status()).isEqualTo(400);
      ObjectNode pricedChoice = design.deepCopy();
      ((ObjectNode) pricedChoice.get("decisions").get(0)).put("price", 0);
      assertThat(place(server, OrderServer.orderBody(pricedChoice, 1)).status()).isEqualTo(400);
      assertThat(OrderFlowTest.orders(server.database())).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badDesignsAndQuantitiesAreRejected(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      JsonNode design = server.completeDesign("bicycle");
      expect(
          server,
          OrderServer.orderBody(withDecisions(design, List.of()), 1),
          422,
          "incomplete-design");
      expect(server, OrderServer.orderBody(withVersion(design, "999"), 1), 422, "unknown-version");
      ObjectNode asPc = design.deepCopy();
      asPc.put("product", "pc")
          .put("version", TestServer.CATALOGUE.current("pc").orElseThrow().version());
      assertThat(place(server, OrderServer.orderBody(asPc, 1)).status()).isEqualTo(422);
      ObjectNode unknownValue = design.deepCopy();
      ((ObjectNode) unknownValue.get("decisions").get(0)).put("value", "no-such-value");
      expect(server, OrderServer.orderBody(unknownValue, 1), 422, "unknown-value");
      for (long quantity : List.of(0L, -1L, 1001L, -2_147_483_648L)) {
        expect(server, OrderServer.orderBody(design, quantity), 422, "out-of-range");
      }
      for (String badQuantity : List.of("1000000000000", "\"3\"", "2.5", "null", "true")) {
        OrderServer.Answer a =
            place(server, "{\"design\": " + design + ", \"quantity\": " + badQuantity + "}");
        assertThat(a.status()).as(badQuantity + ": " + a.text()).isEqualTo(400);
      }
      // A text smuggled in for a choice attribute of the design is refused.
      String first = design.get("decisions").get(0).get("attribute").asText();
      expect(server, OrderServer.orderBody(design, 1, Map.of(first, "x")), 422, "invalid-text");
      assertThat(place(server, "{\"design\": " + design + "}").status()).isEqualTo(400);
      assertThat(place(server, "{\"quantity\": 1}").status()).isEqualTo(400);
      assertThat(OrderFlowTest.orders(server.database())).isZero();
      // 1000 is a valid quantity: placed, or refused by production for want of capacity (or as
      // more than one account's share of it).
      OrderServer.Answer most = place(server, OrderServer.orderBody(design, 1000));
      assertThat(most.status()).as(most.text()).isIn(201, 409);
      if (most.status() == 409) {
        assertThat(most.body().get("type").asText())
            .isIn("/problems/no-capacity", "/problems/account-capacity");
        assertThat(most.body().get("field").asText()).isEqualTo("quantity");
      }
      assertThat(place(server, OrderServer.orderBody(design, 1)).status()).isEqualTo(201);
    }
  }

  /**
   * Every single-value change of a complete design: either placed at the engine's price of the
   * stored configuration, or refused as inconsistent (409) — and some are refused.
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void everyAlteredDesignIsRefusedOrPricedByTheServer(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      JsonNode design = server.completeDesign("bicycle");
      ProductVersion version = TestServer.CATALOGUE.current("bicycle").orElseThrow();
      int placed = 0;
      int refused = 0;
      for (int i = 0; i < design.get("decisions").size(); i++) {
        String attribute = design.get("decisions").get(i).get("attribute").asText();
        Attribute a = version.model().attribute(attribute).orElseThrow();
        for (String value : a.valueIds()) {
          ObjectNode altered = design.deepCopy();
          ((ObjectNode) altered.get("decisions").get(i)).put("value", value);
          OrderServer.Answer answer = place(server, OrderServer.orderBody(altered, 2));
          if (answer.status() == 201) {
            placed++;
            long unit = OrderFlowTest.enginePrice(answer.body());
            assertThat(answer.body().get("price").get("unit").asLong()).isEqualTo(unit);
            assertThat(answer.body().get("price").get("total").asLong()).isEqualTo(2 * unit);
          } else {
            refused++;
            assertThat(answer.status()).as(answer.text()).isIn(409, 422);
          }
        }
      }
      assertThat(placed).isPositive();
      assertThat(refused).isPositive();
      assertThat(OrderFlowTest.orders(server.database())).isEqualTo(placed);
      List<Map<String, Object>> rows =
          server
              .database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT o.total, o.unit_price, o.quantity,"
                                  + " (SELECT SUM(amount) FROM order_price_lines l"
                                  + " WHERE l.order_id = o.id) AS lines FROM orders o")
                          .mapToMap()
                          .list());
      for (Map<String, Object> row : rows) {
        long unit = ((Number) row.get("unit_price")).longValue();
        assertThat(((Number) row.get("lines")).longValue()).isEqualTo(unit);
        assertThat(((Number) row.get("total")).longValue())
            .isEqualTo(unit * ((Number) row.get("quantity")).longValue());
      }
    }
  }

  private OrderServer.Answer place(OrderServer server, String body) {
    return server.post("/api/orders", ACCOUNT, "t-" + keys.incrementAndGet(), body);
  }

  private void expect(OrderServer server, String body, int status, String type) {
    OrderServer.Answer a = place(server, body);
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.body().get("type").asText()).isEqualTo("/problems/" + type);
  }

  private static ObjectNode withDecisions(JsonNode design, List<JsonNode> decisions) {
    ObjectNode copy = design.deepCopy();
    ArrayNode array = copy.putArray("decisions");
    decisions.forEach(array::add);
    return copy;
  }

  private static ObjectNode withVersion(JsonNode design, String version) {
    ObjectNode copy = design.deepCopy();
    copy.put("version", version);
    return copy;
  }
}
