package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.design.CustomerFactsApiTest;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * End to end with real accounts: a customer signs in (session cookie and CSRF token), designs,
 * orders, sees the order in the history, reorders; without the CSRF token nothing is placed;
 * another customer sees none of it; the "My orders" pages and their modules are served.
 */
class OrderSignedInTest {

  private static final Pattern IMPORT = Pattern.compile("from '(/[^']+)'");

  @Test
  void aSignedInCustomerOrdersAndNobodyElseSeesIt() {
    try (TestServer server = new TestServer(AccountSettings.cheap())) {
      TestAccounts.Caller alice = TestAccounts.create(server, Role.CUSTOMER);
      TestAccounts.Caller bob = TestAccounts.create(server, Role.CUSTOMER);
      ObjectNode complete = TestServer.JSON.createObjectNode();
      complete
          .putObject("design")
          .put("product", "jeans")
          .put("version", server.catalogue.current("jeans").orElseThrow().version())
          .putArray("decisions");
      complete.put("objective", "cheapest");
      complete.set("design", CustomerFactsApiTest.giveFacts(server, complete.get("design")));
      JsonNode design =
          alice.post("/api/designs/complete", complete.toString()).body().get("design");
      String body = OrderServer.orderBody(design, 2);

      TestServer.Answer noCsrf = order(alice.withoutCsrf(), "/api/orders", "e-1", body);
      assertThat(noCsrf.status()).isEqualTo(403);
      TestServer.Answer placed = order(alice, "/api/orders", "e-1", body);
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      assertThat(order(alice, "/api/orders", "e-1", body).text()).isEqualTo(placed.text());
      long id = placed.body().get("id").asLong();
      assertThat(placed.body().get("price").get("total").asLong())
          .isEqualTo(2 * OrderFlowTest.enginePrice(placed.body()));

      TestServer.Answer history = alice.get("/api/orders");
      assertThat(history.body().get("orders").get(0).get("id").asLong()).isEqualTo(id);
      assertThat(history.body().get("orders").get(0).get("accountId").asLong())
          .isEqualTo(alice.accountId());
      TestServer.Answer again = order(alice, "/api/orders/" + id + "/reorder", "e-2", "{}");
      assertThat(again.status()).as(again.text()).isEqualTo(201);
      assertThat(again.body().get("reorderOf").asLong()).isEqualTo(id);

      assertThat(bob.get("/api/orders/" + id).status()).isEqualTo(404);
      assertThat(order(bob, "/api/orders/" + id + "/reorder", "e-3", "{}").status()).isEqualTo(404);
      assertThat(bob.get("/api/orders").body().get("orders")).isEmpty();
      assertThat(OrderFlowTest.orders(server.database)).isEqualTo(2);
    }
  }

  @Test
  void theOrderPagesAndEveryModuleTheyImportAreServed() {
    try (TestServer server = new TestServer()) {
      for (String page : List.of("/orders/", "/orders/order.html")) {
        TestServer.Answer html = server.get(page);
        assertThat(html.status()).as(page).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
      }
      for (String module : List.of("/orders/orders.js", "/orders/order.js", "/orders/common.js")) {
        TestServer.Answer js = server.get(module);
        assertThat(js.status()).as(module).isEqualTo(200);
        assertThat(js.contentType()).contains("javascript");
        Matcher m = IMPORT.matcher(js.text());
        while (m.find()) {
          assertThat(server.get(m.group(1)).status())
              .as(module + " imports " + m.group(1))
              .isEqualTo(200);
        }
      }
    }
  }

  private static TestServer.Answer order(
      TestAccounts.Caller caller, String path, String key, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(caller.server().uri(path))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .header("Cookie", caller.cookie())
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (caller.csrf() != null) {
      b.header("X-CSRF-Token", caller.csrf());
    }
    return TestServer.answer(TestServer.exchange(b.build()));
  }
}
