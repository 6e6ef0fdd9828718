package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Placing an order books its production and reports it, in the order's transaction. */
class OrderProductionTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aPlacedOrderIsQueuedAtItsWorkCentresAndReportedOnce(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      String body = OrderServer.orderBody(server.completeDesign("jeans"), 2);
      OrderServer.Answer placed = server.post("/api/orders", 1L, "k-1", body);
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      assertThat(server.post("/api/orders", 1L, "k-1", body).status()).isEqualTo(201);
      String orderId = placed.body().get("id").asText();

      JsonNode queue = server.get("/api/work-centres/cutting/queue", 2L, Role.STAFF).body();
      assertThat(queue.get("operations"))
          .singleElement()
          .satisfies(op -> assertThat(op.get("orderId").asText()).isEqualTo(orderId));
      assertThat(queue.get("next").asText())
          .isEqualTo(queue.get("operations").get(0).get("id").asText());

      List<String> events =
          server
              .database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT type FROM outbox_event WHERE order_id = :o")
                          .bind("o", orderId)
                          .mapTo(String.class)
                          .list());
      assertThat(events).containsExactly("order.placed");
      int productionOrders =
          server
              .database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM production_order WHERE order_id = :o")
                          .bind("o", orderId)
                          .mapTo(Integer.class)
                          .one());
      assertThat(productionOrders).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theOrderPageFollowsTheShopFloorToShipping(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      long alice = 1L;
      long staff = 2L;
      OrderServer.Answer placed = server.placeCheapest(alice, "flow-1", "bicycle", 1);
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      String orderId = placed.body().get("id").asText();
      assertThat(status(server, alice, orderId)).isEqualTo("placed");

      List<String> seen = new ArrayList<>();
      String productionOrder = null;
      boolean progressed = true;
      while (progressed) {
        progressed = false;
        for (JsonNode centre :
            server.get("/api/work-centres", staff, Role.STAFF).body().get("workCentres")) {
          JsonNode queue =
              server
                  .get(
                      "/api/work-centres/" + centre.get("id").asText() + "/queue",
                      staff,
                      Role.STAFF)
                  .body();
          for (JsonNode op : queue.get("operations")) {
            if (op.get("orderId").asText().equals(orderId) && op.get("ready").asBoolean()) {
              String path = "/api/operations/" + op.get("id").asText();
              assertThat(server.postAs(path + "/start", staff, Role.STAFF, "{}").status())
                  .isEqualTo(200);
              seen.add(status(server, alice, orderId));
              assertThat(server.postAs(path + "/done", staff, Role.STAFF, "{}").status())
                  .isEqualTo(200);
              productionOrder = op.get("productionOrderId").asText();
              progressed = true;
            }
          }
        }
      }
      assertThat(seen).isNotEmpty().allMatch(s -> s.equals("in_production"));
      assertThat(status(server, alice, orderId)).isEqualTo("completed");
      OrderServer.Answer shipped =
          server.postAs(
              "/api/production-orders/" + productionOrder + "/ship", staff, Role.STAFF, "{}");
      assertThat(shipped.status()).as(shipped.text()).isEqualTo(200);
      assertThat(status(server, alice, orderId)).isEqualTo("shipped");
    }
  }

  private static String status(OrderServer server, long account, String orderId) {
    return server.get("/api/orders/" + orderId, account).body().get("status").asText();
  }
}
