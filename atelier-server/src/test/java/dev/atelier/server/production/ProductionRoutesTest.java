package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.engine.model.Configuration;
import dev.atelier.server.AtelierApi;
import dev.atelier.server.http.Authenticator;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Role;
import dev.atelier.server.order.OrderService;
import dev.atelier.server.testing.TestServer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The production, promise and webhook routes on a real server. */
public class ProductionRoutesTest {

  public static final Map<String, String> JEANS = new LinkedHashMap<>();

  static {
    JEANS.put("waist", "80");
    JEANS.put("hip", "96");
    JEANS.put("inseam", "82");
    JEANS.put("fit", "regular");
    JEANS.put("rise", "mid");
    JEANS.put("fabric", "stonewashed");
    JEANS.put("stretch", "true");
    JEANS.put("fly", "zip");
    JEANS.put("hem", "~");
  }

  public static ObjectNode design(Map<String, String> values) {
    ObjectNode d =
        TestServer.JSON.createObjectNode().put("product", "jeans").put("version", "2025.1");
    ArrayNode decisions = d.putArray("decisions");
    values.forEach((a, v) -> decisions.addObject().put("attribute", a).put("value", v));
    return d;
  }

  static TestServer as(Role role) {
    return new TestServer(
        AtelierApi.Options.defaults(0),
        ctx ->
            Outcome.ok(
                new Authenticator.Identity(new Principal(1, "someone@example.com", role, true))));
  }

  @Test
  void staffRoutesNeedStaffAndWebhookRoutesNeedAnAdmin() {
    try (TestServer anonymous = new TestServer();
        TestServer customer = as(Role.CUSTOMER);
        TestServer staff = as(Role.STAFF)) {
      assertThat(anonymous.get("/api/work-centres").status()).isEqualTo(401);
      assertThat(customer.get("/api/work-centres").status()).isEqualTo(403);
      assertThat(customer.post("/api/operations/x/start", "{}").status()).isEqualTo(403);
      assertThat(staff.get("/api/work-centres").status()).isEqualTo(200);
      assertThat(staff.get("/api/webhooks").status()).isEqualTo(403);
      assertThat(
              staff
                  .post(
                      "/api/work-centres/oven/exceptions",
                      "{\"date\":\"2030-01-01\",\"minutes\":0}")
                  .status())
          .isEqualTo(403);
      assertThat(anonymous.post("/api/designs/promise", design(JEANS)).status()).isEqualTo(200);
    }
  }

  @Test
  void promiseQuotesACompleteDesignAndRefusesAnIncompleteOne() {
    try (TestServer server = new TestServer()) {
      TestServer.Answer quote = server.post("/api/designs/promise?quantity=3", design(JEANS));
      assertThat(quote.status()).as(quote.text()).isEqualTo(200);
      assertThat(LocalDate.parse(quote.body().get("date").asText()))
          .isAfterOrEqualTo(LocalDate.now(ZoneOffset.UTC));
      assertThat(quote.body().get("quantity").asLong()).isEqualTo(3);
      assertThat(quote.body().get("operations"))
          .extracting(o -> o.get("operation").asText())
          .containsExactly("cut", "sew", "wash", "finish");
      Map<String, String> partial = new LinkedHashMap<>(JEANS);
      partial.remove("fabric");
      TestServer.Answer incomplete = server.post("/api/designs/promise", design(partial));
      assertThat(incomplete.status()).isEqualTo(409);
      assertThat(incomplete.body().get("type").asText()).endsWith("incomplete-design");
      assertThat(server.post("/api/designs/promise?quantity=0", design(JEANS)).status())
          .isEqualTo(422);
      // One quantity limit for orders and promises (issue 13, item 9).
      String most = "/api/designs/promise?quantity=" + OrderService.MAX_QUANTITY;
      assertThat(server.post(most, design(JEANS)).status()).isEqualTo(200);
      String more = "/api/designs/promise?quantity=" + (OrderService.MAX_QUANTITY + 1);
      assertThat(server.post(more, design(JEANS)).status()).isEqualTo(422);
    }
  }

  @Test
  void staffWorkThroughAQueue() {
    try (TestServer server = as(Role.STAFF)) {
      JsonNode centres = server.get("/api/work-centres").body().get("workCentres");
      assertThat(centres).extracting(c -> c.get("id").asText()).contains("cutting", "sewing");
      ProductionPlanner planner =
          new ProductionPlanner(server.database.jdbi(), Clock.systemUTC(), 60);
      Map<String, String> values = new LinkedHashMap<>(JEANS);
      values.remove("hem");
      Booking booking =
          server
              .database
              .jdbi()
              .inTransaction(
                  h ->
                      planner.book(
                          h,
                          "order-http",
                          1,
                          TestServer.CATALOGUE.find("jeans", "2025.1").orElseThrow().definition(),
                          new Configuration(values),
                          1,
                          LocalDate.now(ZoneOffset.UTC)));
      assertThat(booking).isInstanceOf(Booking.Booked.class);
      JsonNode queue = server.get("/api/work-centres/cutting/queue").body();
      String cut = queue.get("next").asText();
      assertThat(queue.get("operations")).hasSize(1);
      JsonNode sewing = server.get("/api/work-centres/sewing/queue").body();
      assertThat(sewing.get("next").isNull()).isTrue();
      String sew = sewing.get("operations").get(0).get("id").asText();

      assertThat(server.post("/api/operations/" + sew + "/start", "{}").status()).isEqualTo(409);
      assertThat(server.post("/api/operations/nope/start", "{}").status()).isEqualTo(404);
      assertThat(server.get("/api/work-centres/nope/queue").status()).isEqualTo(404);
      TestServer.Answer started = server.post("/api/operations/" + cut + "/start", "{}");
      assertThat(started.status()).isEqualTo(200);
      assertThat(started.body().get("productionOrderStatus").asText()).isEqualTo("started");
      // A note hiding a bidirectional override is refused before the operation changes.
      TestServer.Answer hidden =
          server.post("/api/operations/" + cut + "/done", "{\"note\":\"1 panel\\u202e scrapped\"}");
      assertThat(hidden.status()).isEqualTo(422);
      assertThat(hidden.body().get("field").asText()).isEqualTo("note");
      TestServer.Answer done =
          server.post("/api/operations/" + cut + "/done", "{\"note\":\"1 panel scrapped\"}");
      assertThat(done.status()).isEqualTo(200);
      assertThat(done.body().get("operation").get("note").asText()).isEqualTo("1 panel scrapped");
      assertThat(server.get("/api/work-centres/sewing/queue").body().get("next").asText())
          .isEqualTo(sew);
      assertThat(server.post("/api/operations/" + cut + "/done", "{}").status()).isEqualTo(409);
    }
  }

  @Test
  void adminsAddWebhooksAndReadTheDeliveryLog() {
    try (TestServer server = as(Role.ADMIN)) {
      TestServer.Answer created =
          server.post(
              "/api/webhooks",
              "{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"order.shipped\"]}");
      assertThat(created.status()).as(created.text()).isEqualTo(201);
      assertThat(created.body().get("secret").asText()).startsWith("whsec_").hasSize(6 + 64);
      JsonNode list = server.get("/api/webhooks").body().get("webhooks");
      assertThat(list).hasSize(1);
      assertThat(list.get(0).get("events").get(0).asText()).isEqualTo("order.shipped");
      assertThat(list.toString()).doesNotContain(created.body().get("secret").asText());
      assertThat(server.post("/api/webhooks", "{\"url\":\"ftp://x/y\"}").status()).isEqualTo(422);
      assertThat(
              server
                  .post(
                      "/api/webhooks",
                      "{\"url\":\"http://127.0.0.1:9/y\",\"events\":[\"order.eaten\"]}")
                  .status())
          .isEqualTo(422);
      String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
      TestServer.Answer holiday =
          server.post(
              "/api/work-centres/oven/exceptions", "{\"date\":\"" + tomorrow + "\",\"minutes\":0}");
      assertThat(holiday.status()).as(holiday.text()).isEqualTo(200);
      assertThat(holiday.body().get("exceptions").get(tomorrow).asInt()).isZero();
      assertThat(
              server
                  .post("/api/work-centres/oven/exceptions", "{\"date\":\"x\",\"minutes\":0}")
                  .status())
          .isEqualTo(400);
      TestServer.Answer log = server.get("/api/webhooks/deliveries");
      assertThat(log.status()).isEqualTo(200);
      assertThat(log.body().get("deliveries").isArray()).isTrue();
    }
  }
}
