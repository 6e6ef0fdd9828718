package dev.atelier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.order.OrderFlowTest;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Two server nodes, each with its own connection pool, on one PostgreSQL database: any node serves
 * any request. A design started on one continues on the other; an order placed on one is read and
 * reordered on the other; an idempotency key claimed on one is honoured by the other.
 */
class TwoNodesTest {

  @Test
  void anyNodeServesAnyRequest() {
    String url = TestDatabases.freshPostgresUrl();
    try (Database db1 = Database.open(url, "postgres", null, 8);
        Database db2 = Database.open(url, "postgres", null, 8);
        OrderServer one = new OrderServer(db1);
        OrderServer two = new OrderServer(db2)) {
      // A design: first decision on node one, next on node two, completed on node one.
      ObjectNode design = TestServer.JSON.createObjectNode();
      design
          .put("product", "pc")
          .put("version", TestServer.CATALOGUE.current("pc").orElseThrow().version())
          .putArray("decisions");
      OrderServer.Answer d1 = one.post("/api/designs/domains", null, null, design.toString());
      JsonNode open = d1.body().get("attributes").get(0);
      OrderServer.Answer d2 =
          two.post(
              "/api/designs/decide",
              null,
              null,
              decide(design, open.get("attribute").asText(), open.get("offered").get(0).asText()));
      assertThat(d2.status()).as(d2.text()).isEqualTo(200);
      OrderServer.Answer same =
          one.post("/api/designs/domains", null, null, d2.body().get("design").toString());
      assertThat(same.text())
          .isEqualTo(
              two.post("/api/designs/domains", null, null, d2.body().get("design").toString())
                  .text());
      ObjectNode complete = TestServer.JSON.createObjectNode();
      complete.set("design", d2.body().get("design"));
      complete.put("objective", "cheapest");
      JsonNode full =
          one.post("/api/designs/complete", null, null, complete.toString()).body().get("design");

      // An order placed on node two, read and reordered on node one, listed on both.
      long account = 21;
      OrderServer.Answer placed =
          two.post("/api/orders", account, "n-1", OrderServer.orderBody(full, 2));
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      long id = placed.body().get("id").asLong();
      assertThat(one.get("/api/orders/" + id, account).body()).isEqualTo(placed.body());
      OrderServer.Answer reorder = one.post("/api/orders/" + id + "/reorder", account, "n-2", "{}");
      assertThat(reorder.status()).isEqualTo(201);
      assertThat(two.get("/api/orders", account).body().get("orders")).hasSize(2);

      // The key claimed on node two is honoured by node one: same bytes, or 422 for another body.
      OrderServer.Answer retried =
          one.post("/api/orders", account, "n-1", OrderServer.orderBody(full, 2));
      assertThat(retried.status()).isEqualTo(201);
      assertThat(retried.text()).isEqualTo(placed.text());
      assertThat(one.post("/api/orders", account, "n-1", OrderServer.orderBody(full, 3)).status())
          .isEqualTo(422);
      assertThat(OrderFlowTest.orders(db1)).isEqualTo(2);

      // 32 threads on each node race with one fresh key: one order, one body.
      String body = OrderServer.orderBody(full, 1);
      List<CompletableFuture<OrderServer.Answer>> racing = new ArrayList<>();
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(64);
      for (int t = 0; t < 64; t++) {
        OrderServer node = t % 2 == 0 ? one : two;
        racing.add(
            CompletableFuture.supplyAsync(
                () -> {
                  awaitQuietly(go);
                  return node.post("/api/orders", account, "n-race", body);
                },
                pool));
      }
      go.countDown();
      Set<String> bodies = new HashSet<>();
      for (var f : racing) {
        OrderServer.Answer a = f.join();
        assertThat(a.status()).as(a.text()).isIn(201, 409);
        if (a.status() == 201) {
          bodies.add(a.text());
        }
      }
      pool.shutdown();
      assertThat(bodies).hasSize(1);
      assertThat(OrderFlowTest.orders(db2)).isEqualTo(3);
      OrderFlowTest.eachOrderWentToProductionOnce(db2);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String decide(JsonNode design, String attribute, String value) {
    ObjectNode r = TestServer.JSON.createObjectNode();
    r.set("design", design);
    r.put("attribute", attribute).put("value", value);
    return r.toString();
  }
}
