package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may do what with orders: nobody signed in gets 401 everywhere; another customer's order id
 * (IDOR) answers 404 exactly like an unknown id, for reading, reordering and reconfiguring, and
 * whatever the caller's role; only staff and admins list every order.
 */
class OrderAuthorizationTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void anotherCustomersOrderIsNotFound(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      long alice = 11;
      long bob = 12;
      JsonNode placed = server.placeCheapest(alice, "a-1", "jeans", 1).body();
      long id = placed.get("id").asLong();
      OrderServer.Answer unknown = server.get("/api/orders/" + (id + 1000), bob);
      assertThat(unknown.status()).isEqualTo(404);

      for (Role role : Role.values()) {
        for (String path : List.of("/api/orders/" + id, "/api/orders/" + id + "/reconfigure")) {
          OrderServer.Answer a = server.get(path, bob, role);
          assertThat(a.status()).as(role + " " + path).isEqualTo(404);
          assertThat(a.text()).doesNotContain("jeans");
        }
      }
      OrderServer.Answer reorder = server.post("/api/orders/" + id + "/reorder", bob, "b-1", "{}");
      assertThat(reorder.status()).isEqualTo(404);
      assertThat(reorder.body().get("type")).isEqualTo(unknown.body().get("type"));
      assertThat(server.get("/api/orders", bob).body().get("orders")).isEmpty();
      assertThat(server.get("/api/orders/not-a-number", bob).status()).isEqualTo(404);
      assertThat(OrderFlowTest.orders(server.database())).isEqualTo(1);

      // The owner sees it; staff and admins list it; customers and product managers may not list.
      assertThat(server.get("/api/orders/" + id, alice).status()).isEqualTo(200);
      assertThat(server.get("/api/admin/orders", bob, Role.CUSTOMER).status()).isEqualTo(403);
      assertThat(server.get("/api/admin/orders", bob, Role.PRODUCT_MANAGER).status())
          .isEqualTo(403);
      for (Role role : List.of(Role.STAFF, Role.ADMIN)) {
        OrderServer.Answer all = server.get("/api/admin/orders", bob, role);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("orders").get(0).get("accountId").asLong()).isEqualTo(alice);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void nobodySignedInGets401OnEveryOrderRoute(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      for (String path :
          List.of(
              "/api/orders", "/api/orders/1", "/api/orders/1/reconfigure", "/api/admin/orders")) {
        assertThat(server.get(path, null).status()).as(path).isEqualTo(401);
      }
      assertThat(server.post("/api/orders", null, "k", "{}").status()).isEqualTo(401);
      assertThat(server.post("/api/orders/1/reorder", null, "k", "{}").status()).isEqualTo(401);
    }
  }
}
