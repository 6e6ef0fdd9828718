package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.catalogue.ModelCatalogueTest;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.events.OutboxDispatcher;
import dev.atelier.server.events.RetryPolicy;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reading routes the staff and webhook pages use, on H2 and PostgreSQL: today's load per work
 * centre, what a queued operation makes, production orders by status (ready to ship), and disabling
 * a webhook.
 */
public class StaffRoutesTest {

  private static final String STAFF = Role.STAFF.name();

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theShopFloorReadsTodaysLoadWhatToMakeAndWhatToShip(TestDatabases.Kind kind) {
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), Clock.systemUTC())) {
      JsonNode order = placePizza(server, "staff-routes-1");
      String orderId = order.get("id").asText();
      LocalDate today = LocalDate.now(ZoneOffset.UTC);

      JsonNode queue = server.getAs(Role.STAFF, "/api/work-centres/prep/queue").body();
      JsonNode op = queue.get("operations").get(0);
      String productionOrder = op.get("productionOrderId").asText();
      JsonNode made = queue.get("productionOrders").get(productionOrder);
      assertThat(made.get("orderId").asText()).isEqualTo(orderId);
      assertThat(made.get("product").asText()).isEqualTo("pizza");
      assertThat(made.get("quantity").asLong()).isEqualTo(1);
      assertThat(made.get("configuration")).isEqualTo(order.get("configuration"));
      assertThat(made.get("status").asText()).isEqualTo("queued");

      // Today's booked minutes at prep are the minutes of its operations planned for today.
      long plannedToday = 0;
      for (JsonNode o : queue.get("operations")) {
        if (o.get("firstDay").asText().equals(today.toString())) {
          plannedToday += o.get("minutes").asLong();
        }
      }
      JsonNode prep = workCentre(server, "prep");
      // German staff read the centre's German name (V193); the English label stays as it was.
      assertThat(prep.get("label").asText()).isEqualTo("Pizza prep");
      assertThat(prep.get("labels").get("en").asText()).isEqualTo("Pizza prep");
      assertThat(prep.get("labels").get("de").asText()).isEqualTo("Pizza-Vorbereitung");
      for (JsonNode w : server.getAs(Role.STAFF, "/api/work-centres").body().get("workCentres")) {
        assertThat(w.get("labels").has("de")).as("German name of %s", w.get("id")).isTrue();
      }
      String weekday = today.getDayOfWeek().name();
      int calendar =
          prep.get("exceptions").has(today.toString())
              ? prep.get("exceptions").get(today.toString()).asInt()
              : prep.get("weekly").get(weekday).asInt();
      assertThat(prep.get("today").get("date").asText()).isEqualTo(today.toString());
      assertThat(prep.get("today").get("capacityMinutes").asLong()).isEqualTo(calendar);
      assertThat(prep.get("today").get("bookedMinutes").asLong()).isEqualTo(plannedToday);

      assertThat(ready(server, "done")).isEmpty();
      assertThat(ready(server, "queued")).containsExactly(productionOrder);
      assertThat(server.getAs(Role.STAFF, "/api/production-orders?status=lost").status())
          .isEqualTo(400);
      assertThat(server.getAs(Role.CUSTOMER, "/api/production-orders").status()).isEqualTo(403);

      for (JsonNode o : operations(server, productionOrder)) {
        String id = o.get("id").asText();
        assertThat(server.postAs(Role.STAFF, "/api/operations/" + id + "/start", "{}").status())
            .isEqualTo(200);
        assertThat(server.postAs(Role.STAFF, "/api/operations/" + id + "/done", "{}").status())
            .isEqualTo(200);
      }
      assertThat(ready(server, "done")).containsExactly(productionOrder);
      String ship = "/api/production-orders/" + productionOrder + "/ship";
      assertThat(server.postAs(Role.STAFF, ship, "{}").status()).isEqualTo(200);
      assertThat(ready(server, "done")).isEmpty();
      assertThat(ready(server, "shipped")).containsExactly(productionOrder);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aDisabledWebhookGetsNoNewDeliveries(TestDatabases.Kind kind) {
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), Clock.systemUTC());
        OutboxDispatcher dispatcher =
            new OutboxDispatcher(
                server.database.jdbi(),
                TestServer.LOCAL_WEBHOOKS,
                new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1)),
                Clock.systemUTC(),
                Duration.ofSeconds(2))) {
      TestServer.Answer created =
          server.postAs(Role.ADMIN, "/api/webhooks", "{\"url\":\"http://127.0.0.1:9/hook\"}");
      long id = created.body().get("webhook").get("id").asLong();
      TestServer.Answer disabled =
          server.postAs(Role.ADMIN, "/api/webhooks/" + id + "/disable", "{}");
      assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);
      assertThat(disabled.body().get("active").asBoolean()).isFalse();
      JsonNode listed = server.getAs(Role.ADMIN, "/api/webhooks").body().get("webhooks").get(0);
      assertThat(listed.get("active").asBoolean()).isFalse();
      assertThat(server.postAs(Role.ADMIN, "/api/webhooks/987654/disable", "{}").status())
          .isEqualTo(404);
      assertThat(server.postAs(Role.ADMIN, "/api/webhooks/x/enable", "{}").status()).isEqualTo(404);
      assertThat(server.postAs(Role.STAFF, "/api/webhooks/" + id + "/enable", "{}").status())
          .isEqualTo(403);

      placePizza(server, "staff-routes-2");
      assertThat(dispatcher.runOnce()).isPositive(); // the order.placed event was fanned out
      JsonNode log = server.getAs(Role.ADMIN, "/api/webhooks/deliveries").body();
      assertThat(log.get("deliveries")).isEmpty();

      // An action without a body needs no Content-Type either.
      TestServer.Answer enabled =
          server.postAs(Role.ADMIN, "/api/webhooks/" + id + "/enable", null, "");
      assertThat(enabled.status()).as(enabled.text()).isEqualTo(200);
      assertThat(enabled.body().get("active").asBoolean()).isTrue();
    }
  }

  private static JsonNode placePizza(TestServer server, String key) {
    TestServer.Answer completed =
        server.completeCheapest(ModelCatalogueTest.design("pizza", "2025.1"));
    return order(server, completed.body().get("design"), 1, key);
  }

  /** A customer orders {@code quantity} of {@code design} with idempotency {@code key}: the 201. */
  public static JsonNode order(TestServer server, JsonNode design, long quantity, String key) {
    return order(server, design, quantity, Map.of(), key);
  }

  /** Orders {@code design} with personalization {@code texts}. */
  public static JsonNode order(
      TestServer server, JsonNode design, long quantity, Map<String, String> texts, String key) {
    TestServer.Answer placed =
        server.postWith(
            "/api/orders",
            OrderServer.orderBody(design, quantity, texts),
            TestServer.ROLE_HEADER,
            Role.CUSTOMER.name(),
            "Idempotency-Key",
            key);
    assertThat(placed.status()).as(placed.text()).isEqualTo(201);
    return placed.body();
  }

  private static JsonNode workCentre(TestServer server, String id) {
    for (JsonNode w : server.getAs(Role.STAFF, "/api/work-centres").body().get("workCentres")) {
      if (w.get("id").asText().equals(id)) {
        return w;
      }
    }
    throw new AssertionError("no work centre " + id);
  }

  /** The ids of the production orders in {@code status}. */
  private static List<String> ready(TestServer server, String status) {
    List<String> ids = new ArrayList<>();
    server
        .get("/api/production-orders?status=" + status, TestServer.ROLE_HEADER, STAFF)
        .body()
        .get("productionOrders")
        .forEach(p -> ids.add(p.get("id").asText()));
    return ids;
  }

  /** The operations of {@code productionOrder} in routing order, from the queues they wait in. */
  private static List<JsonNode> operations(TestServer server, String productionOrder) {
    List<JsonNode> ops = new ArrayList<>();
    for (String centre : List.of("prep", "oven", "dispatch")) {
      for (JsonNode o :
          server
              .getAs(Role.STAFF, "/api/work-centres/" + centre + "/queue")
              .body()
              .get("operations")) {
        if (o.get("productionOrderId").asText().equals(productionOrder)) {
          ops.add(o);
        }
      }
    }
    ops.sort((a, b) -> Integer.compare(a.get("sequence").asInt(), b.get("sequence").asInt()));
    return ops;
  }
}
