package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.engine.model.Configuration;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A customer's orders over HTTP on H2 and PostgreSQL: place (201, server price), retry with the
 * same key (the same bytes), reuse of a key for another body (422), history, one order, reorder,
 * reconfigure, staff's list of all orders.
 */
public class OrderFlowTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void placeRetryHistoryReorderReconfigure(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      long alice = 1;
      JsonNode design = server.completeDesign("bicycle");
      String body = OrderServer.orderBody(design, 3);

      OrderServer.Answer placed = server.post("/api/orders", alice, "k-1", body);
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      JsonNode order = placed.body();
      assertThat(order.get("status").asText()).isEqualTo("placed");
      assertThat(order.get("quantity").asInt()).isEqualTo(3);
      assertThat(order.get("design")).isEqualTo(design);
      long unit = enginePrice(order);
      assertThat(order.get("price").get("unit").asLong()).isEqualTo(unit);
      assertThat(order.get("price").get("total").asLong()).isEqualTo(3 * unit);
      long lineSum = 0;
      for (JsonNode line : order.get("price").get("lines")) {
        lineSum += line.get("amount").asLong();
      }
      assertThat(lineSum).isEqualTo(unit);

      // A retry gets the very same bytes; the same body reformatted is the same request.
      OrderServer.Answer again = server.post("/api/orders", alice, "k-1", body);
      assertThat(again.status()).isEqualTo(201);
      assertThat(again.text()).isEqualTo(placed.text());
      OrderServer.Answer spaced =
          server.post("/api/orders", alice, "k-1", readTree(body).toPrettyString());
      assertThat(spaced.status()).as(spaced.text()).isEqualTo(201);
      assertThat(spaced.text()).isEqualTo(placed.text());

      // The same key for another body is refused, and places nothing.
      OrderServer.Answer reused =
          server.post("/api/orders", alice, "k-1", OrderServer.orderBody(design, 4));
      assertThat(reused.status()).isEqualTo(422);
      assertThat(reused.body().get("type").asText()).isEqualTo("/problems/idempotency-key-reused");
      assertThat(orders(server.database())).isEqualTo(1);

      // The same key is another account's own key.
      OrderServer.Answer bobs = server.post("/api/orders", 2L, "k-1", body);
      assertThat(bobs.status()).isEqualTo(201);
      assertThat(bobs.body().get("id").asLong()).isNotEqualTo(order.get("id").asLong());

      long id = order.get("id").asLong();
      OrderServer.Answer one = server.get("/api/orders/" + id, alice);
      assertThat(one.status()).isEqualTo(200);
      assertThat(one.body()).isEqualTo(order);

      OrderServer.Answer design2 = server.get("/api/orders/" + id + "/reconfigure", alice);
      assertThat(design2.status()).isEqualTo(200);
      assertThat(design2.body()).isEqualTo(design);

      OrderServer.Answer reorder =
          server.post("/api/orders/" + id + "/reorder", alice, "r-1", "{\"quantity\": 2}");
      assertThat(reorder.status()).as(reorder.text()).isEqualTo(201);
      assertThat(reorder.body().get("reorderOf").asLong()).isEqualTo(id);
      assertThat(reorder.body().get("design")).isEqualTo(design);
      assertThat(reorder.body().get("price").get("total").asLong()).isEqualTo(2 * unit);
      OrderServer.Answer reorderAgain =
          server.post("/api/orders/" + id + "/reorder", alice, "r-1", "{\"quantity\":2}");
      assertThat(reorderAgain.text()).isEqualTo(reorder.text());
      OrderServer.Answer keyOfOtherRoute =
          server.post("/api/orders/" + id + "/reorder", alice, "k-1", "{\"quantity\": 3}");
      assertThat(keyOfOtherRoute.status()).isEqualTo(422);

      OrderServer.Answer mine = server.get("/api/orders", alice);
      assertThat(mine.status()).isEqualTo(200);
      assertThat(mine.body().get("orders")).hasSize(2);
      assertThat(mine.body().get("orders").get(0).get("id").asLong())
          .isEqualTo(reorder.body().get("id").asLong());
      OrderServer.Answer firstPage = server.get("/api/orders?limit=1", alice);
      assertThat(firstPage.body().get("orders")).hasSize(1);
      OrderServer.Answer secondPage =
          server.get("/api/orders?limit=1&before=" + firstPage.body().get("next").asLong(), alice);
      assertThat(secondPage.body().get("orders").get(0).get("id").asLong()).isEqualTo(id);

      assertThat(server.get("/api/admin/orders", alice).status()).isEqualTo(403);
      OrderServer.Answer all = server.get("/api/admin/orders", 99L, Role.STAFF);
      assertThat(all.status()).isEqualTo(200);
      assertThat(all.body().get("orders")).hasSize(3);
      assertThat(server.get("/api/orders", null).status()).isEqualTo(401);
      assertThat(orders(server.database())).isEqualTo(3);
      eachOrderWentToProductionOnce(server.database());
    }
  }

  /**
   * Every order has exactly one production order and one {@code order.placed} event (written in its
   * transaction), and there are no others.
   */
  public static void eachOrderWentToProductionOnce(Database db) {
    long orders = orders(db);
    assertThat(count(db, "SELECT COUNT(*) FROM production_order")).isEqualTo(orders);
    assertThat(count(db, "SELECT COUNT(*) FROM outbox_event WHERE type = 'order.placed'"))
        .isEqualTo(orders);
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM orders o WHERE (SELECT COUNT(*) FROM production_order p"
                    + " WHERE p.order_id = CAST(o.id AS VARCHAR(64))) = 1 AND (SELECT COUNT(*)"
                    + " FROM outbox_event e WHERE e.order_id = CAST(o.id AS VARCHAR(64))"
                    + " AND e.type = 'order.placed') = 1"))
        .isEqualTo(orders);
  }

  private static long count(Database db, String sql) {
    return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theIdempotencyKeyIsRequiredAndBounded(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      String body = OrderServer.orderBody(server.completeDesign("pizza"), 1);
      OrderServer.Answer none = server.post("/api/orders", 1L, null, body);
      assertThat(none.status()).isEqualTo(400);
      assertThat(none.body().get("field").asText()).isEqualTo("Idempotency-Key");
      assertThat(server.post("/api/orders", 1L, "x".repeat(201), body).status()).isEqualTo(400);
      assertThat(server.post("/api/orders", 1L, "x".repeat(200), body).status()).isEqualTo(201);
      assertThat(server.post("/api/orders", null, "k", body).status()).isEqualTo(401);
      assertThat(orders(server.database())).isEqualTo(1);
    }
  }

  /** The price of one unit of the order's configuration, straight from the compiled model. */
  public static long enginePrice(JsonNode order) {
    ProductVersion version =
        TestServer.CATALOGUE
            .find(order.get("product").asText(), order.get("version").asText())
            .orElseThrow();
    Map<String, String> values = new LinkedHashMap<>();
    order
        .get("configuration")
        .properties()
        .forEach(e -> values.put(e.getKey(), e.getValue().asText()));
    return version.compiled().price(new Configuration(values)).total();
  }

  private static JsonNode readTree(String json) {
    try {
      return TestServer.JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static long orders(Database db) {
    return db.jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM orders").mapTo(Long.class).one());
  }
}
