package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The delivery promise follows the quantity: 25 bicycles take longer than one when capacity binds,
 * the order books capacity for its quantity and keeps the promised day, and once shipped the order
 * shows the tracking number.
 */
class DeliveryPromiseTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void twentyFiveBicyclesArePromisedLaterThanOneAndTheOrderShowsDateAndTracking(
      TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      long alice = 1L;
      long staff = 2L;
      JsonNode design = server.completeDesign("bicycle");
      LocalDate one = promise(server, design, 1);
      LocalDate many = promise(server, design, 25);
      assertThat(many).isAfter(one);

      OrderServer.Answer placed =
          server.post("/api/orders", alice, "q-25", OrderServer.orderBody(design, 25));
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      String orderId = placed.body().get("id").asText();
      JsonNode delivery = server.get("/api/orders/" + orderId + "/delivery", alice).body();
      assertThat(delivery.path("promisedDate").asText()).isEqualTo(many.toString());
      assertThat(delivery.path("shipped").asBoolean()).isFalse();
      assertThat(delivery.path("trackingNumbers").size()).isZero();
      // The 25 booked their capacity: one more bicycle now waits behind them.
      assertThat(promise(server, design, 1)).isAfter(one);
      assertThat(server.get("/api/orders/" + orderId + "/delivery", 3L).status()).isEqualTo(404);

      String productionOrder = workThrough(server, staff, orderId);
      OrderServer.Answer shipped =
          server.postAs(
              "/api/production-orders/" + productionOrder + "/ship",
              staff,
              Role.STAFF,
              "{\"trackingNumber\":\"TRK-4711\"}");
      assertThat(shipped.status()).as(shipped.text()).isEqualTo(200);
      delivery = server.get("/api/orders/" + orderId + "/delivery", alice).body();
      assertThat(delivery.path("shipped").asBoolean()).isTrue();
      assertThat(delivery.path("shippedAt").asText()).isNotBlank();
      assertThat(delivery.path("trackingNumbers").get(0).asText()).isEqualTo("TRK-4711");
    }
  }

  private static LocalDate promise(OrderServer server, JsonNode design, int quantity) {
    OrderServer.Answer a =
        server.post("/api/designs/promise?quantity=" + quantity, null, null, design.toString());
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return LocalDate.parse(a.body().path("date").asText());
  }

  /** Starts and finishes every operation of the order: its production order's id. */
  private static String workThrough(OrderServer server, long staff, String orderId) {
    String productionOrder = null;
    boolean progressed = true;
    while (progressed) {
      progressed = false;
      for (JsonNode centre :
          server.get("/api/work-centres", staff, Role.STAFF).body().get("workCentres")) {
        String path = "/api/work-centres/" + centre.get("id").asText() + "/queue";
        for (JsonNode op : server.get(path, staff, Role.STAFF).body().get("operations")) {
          if (op.get("orderId").asText().equals(orderId) && op.get("ready").asBoolean()) {
            String at = "/api/operations/" + op.get("id").asText();
            server.postAs(at + "/start", staff, Role.STAFF, "{}");
            server.postAs(at + "/done", staff, Role.STAFF, "{}");
            productionOrder = op.get("productionOrderId").asText();
            progressed = true;
          }
        }
      }
    }
    return productionOrder;
  }
}
