package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.engine.model.Configuration;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.Role;
import dev.atelier.server.order.OrderService;
import dev.atelier.server.testing.ClassServer;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The production, promise and webhook routes on a real server, one for the class: each test signs
 * in accounts of its own.
 */
public class ProductionRoutesTest {

  @RegisterExtension static final ClassServer shared = new ClassServer();

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

  @Test
  void staffRoutesNeedStaffAndWebhookRoutesNeedAnAdmin() {
    TestServer server = shared.server();
    TestAccounts.Caller anonymous = TestAccounts.anonymous(server);
    TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER);
    TestAccounts.Caller staff = TestAccounts.create(server, Role.STAFF);
    assertThat(anonymous.get("/api/work-centres").status()).isEqualTo(401);
    assertThat(customer.get("/api/work-centres").status()).isEqualTo(403);
    assertThat(customer.post("/api/operations/x/start", "{}").status()).isEqualTo(403);
    assertThat(staff.get("/api/work-centres").status()).isEqualTo(200);
    assertThat(staff.get("/api/webhooks").status()).isEqualTo(403);
    assertThat(
            staff
                .post(
                    "/api/work-centres/oven/exceptions", "{\"date\":\"2030-01-01\",\"minutes\":0}")
                .status())
        .isEqualTo(403);
    assertThat(anonymous.post("/api/designs/promise", design(JEANS).toString()).status())
        .isEqualTo(200);
  }

  /**
   * A 404 repeats at most {@link Echo#MAX} characters of the id it was given, control characters
   * escaped: by order, print file, work centre and order.
   */
  @Test
  void aNotFoundEchoesABoundedId() {
    TestServer server = shared.server();
    TestAccounts.Caller staff = TestAccounts.create(server, Role.STAFF);
    String id = "7".repeat(2000) + "%1B%5B31m";
    for (String path :
        List.of(
            "/api/production-orders/by-order/" + id,
            "/api/print-files/" + id,
            "/api/work-centres/" + id + "/queue",
            "/api/orders/" + id,
            "/api/orders/%1B%5B31m7/delivery")) {
      TestServer.Answer missing = staff.get(path);
      assertThat(missing.status()).as(path).isEqualTo(404);
      String detail = missing.body().get("detail").asText();
      assertThat(detail).as(path).hasSizeLessThan(Echo.MAX + 80).doesNotContain("\u001b");
      assertThat(missing.body().get("field").asText()).as(path).isNotBlank();
    }
    assertThat(staff.get("/api/production-orders/by-order/" + id).body().get("detail").asText())
        .isEqualTo("no production orders for order '" + "7".repeat(Echo.MAX) + "…'");
    assertThat(staff.get("/api/orders/%1B%5B31m7/delivery").body().get("detail").asText())
        .isEqualTo("you have no order '\\u001b[31m7'");
  }

  @Test
  void promiseQuotesACompleteDesignAndRefusesAnIncompleteOne() {
    TestServer server = shared.server();
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

  @Test
  void promiseNamesItsQuantityAsAnOrderDoes() {
    TestServer server = shared.server();
    TestServer.Answer over = server.post("/api/designs/promise?quantity=1001", design(JEANS));
    assertThat(over.status()).isEqualTo(422);
    assertThat(over.body().get("type").asText()).endsWith("out-of-range");
    assertThat(over.body().get("field").asText()).isEqualTo("quantity");
    assertThat(over.body().get("detail").asText())
        .isEqualTo("'quantity' must be from 1 to 1000, got 1001");
    for (String text : List.of("1.5", "9".repeat(20), "abc", "1e3", "")) {
      TestServer.Answer bad = server.post("/api/designs/promise?quantity=" + text, design(JEANS));
      assertThat(bad.status()).as(text).isEqualTo(400);
      assertThat(bad.body().get("field").asText()).isEqualTo("quantity");
      assertThat(bad.body().get("detail").asText())
          .isEqualTo("'quantity' must be an integer from 1 to 1000");
    }
  }

  @Test
  void staffWorkThroughAQueue() {
    TestServer server = shared.server();
    TestAccounts.Caller staff = TestAccounts.create(server, Role.STAFF);
    JsonNode centres = staff.get("/api/work-centres").body().get("workCentres");
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
    JsonNode queue = staff.get("/api/work-centres/cutting/queue").body();
    String cut = queue.get("next").asText();
    assertThat(queue.get("operations")).hasSize(1);
    JsonNode sewing = staff.get("/api/work-centres/sewing/queue").body();
    assertThat(sewing.get("next").isNull()).isTrue();
    String sew = sewing.get("operations").get(0).get("id").asText();

    assertThat(staff.post("/api/operations/" + sew + "/start", "{}").status()).isEqualTo(409);
    assertThat(staff.post("/api/operations/nope/start", "{}").status()).isEqualTo(404);
    assertThat(staff.get("/api/work-centres/nope/queue").status()).isEqualTo(404);
    TestServer.Answer started = staff.post("/api/operations/" + cut + "/start", "{}");
    assertThat(started.status()).isEqualTo(200);
    assertThat(started.body().get("productionOrderStatus").asText()).isEqualTo("started");
    // A note hiding a bidirectional override is refused before the operation changes.
    TestServer.Answer hidden =
        staff.post("/api/operations/" + cut + "/done", "{\"note\":\"1 panel\\u202e scrapped\"}");
    assertThat(hidden.status()).isEqualTo(422);
    assertThat(hidden.body().get("field").asText()).isEqualTo("note");
    TestServer.Answer done =
        staff.post("/api/operations/" + cut + "/done", "{\"note\":\"1 panel scrapped\"}");
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.body().get("operation").get("note").asText()).isEqualTo("1 panel scrapped");
    assertThat(staff.get("/api/work-centres/sewing/queue").body().get("next").asText())
        .isEqualTo(sew);
    assertThat(staff.post("/api/operations/" + cut + "/done", "{}").status()).isEqualTo(409);
  }

  @Test
  void adminsAddWebhooksAndReadTheDeliveryLog() {
    TestServer server = shared.server();
    TestAccounts.Caller admin = TestAccounts.create(server, Role.ADMIN);
    TestServer.Answer created =
        admin.post(
            "/api/webhooks",
            "{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"order.shipped\"]}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.body().get("secret").asText()).startsWith("whsec_").hasSize(6 + 64);
    JsonNode list = admin.get("/api/webhooks").body().get("webhooks");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("events").get(0).asText()).isEqualTo("order.shipped");
    assertThat(list.toString()).doesNotContain(created.body().get("secret").asText());
    assertThat(admin.post("/api/webhooks", "{\"url\":\"ftp://x/y\"}").status()).isEqualTo(422);
    assertThat(
            admin
                .post(
                    "/api/webhooks",
                    "{\"url\":\"http://127.0.0.1:9/y\",\"events\":[\"order.eaten\"]}")
                .status())
        .isEqualTo(422);
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    TestServer.Answer holiday =
        admin.post(
            "/api/work-centres/oven/exceptions", "{\"date\":\"" + tomorrow + "\",\"minutes\":0}");
    assertThat(holiday.status()).as(holiday.text()).isEqualTo(200);
    assertThat(holiday.body().get("exceptions").get(tomorrow).asInt()).isZero();
    assertThat(
            admin
                .post("/api/work-centres/oven/exceptions", "{\"date\":\"x\",\"minutes\":0}")
                .status())
        .isEqualTo(400);
    TestServer.Answer log = admin.get("/api/webhooks/deliveries");
    assertThat(log.status()).isEqualTo(200);
    assertThat(log.body().get("deliveries").isArray()).isTrue();
  }
}
