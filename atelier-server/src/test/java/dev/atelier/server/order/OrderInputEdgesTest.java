package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.RawHttp;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The edges of an order request over the wire: a body that is not UTF-8 (UTF-16, a declared
 * charset, a byte no UTF-8 text holds), a quantity that cannot be bound (11 or 1,000 digits, 1e9,
 * 1.0, -0), an Idempotency-Key with control characters: each a 4xx problem naming the field, and no
 * order written. Slow: one server for the class.
 */
@Tag("slow")
class OrderInputEdgesTest {

  private static Database db;
  private static OrderServer server;
  private static String valid;

  @BeforeAll
  static void start() {
    db = Database.inMemory();
    server = new OrderServer(db);
    valid = OrderServer.orderBody(server.completeDesign("pc"), 7);
  }

  @AfterAll
  static void stop() {
    server.close();
    db.close();
  }

  /** The answer to a POST of {@code body} as customer 4, bytes as they are. */
  private static JsonNode post(String contentType, String key, byte[] body) {
    String head =
        "POST /api/orders HTTP/1.1\r\nHost: localhost\r\n"
            + OrderServer.ACCOUNT
            + ": 4\r\n"
            + OrderServer.ROLE
            + ": CUSTOMER\r\nContent-Type: "
            + contentType
            + "\r\nIdempotency-Key: "
            + key
            + "\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    RawHttp.Response r =
        RawHttp.exchange(
            server.server.port(),
            null,
            head + new String(body, StandardCharsets.ISO_8859_1)); // sent byte for byte
    try {
      return TestServer.JSON
          .createObjectNode()
          .put("status", r.status())
          .set("problem", TestServer.JSON.readTree(r.body().isEmpty() ? "{}" : r.body()));
    } catch (IOException e) {
      return TestServer.JSON.createObjectNode().put("status", r.status()).put("text", r.body());
    }
  }

  private static void expect(SoftAssertions soft, JsonNode answer, int status, String field) {
    soft.assertThat(answer.path("status").asInt()).as(answer.toString()).isEqualTo(status);
    soft.assertThat(answer.path("problem").path("field").asText())
        .as(answer.toString())
        .isEqualTo(field);
  }

  @Test
  void bodiesThatAreNotUtf8AreRefusedNamingTheBody() {
    SoftAssertions soft = new SoftAssertions();
    expect(
        soft,
        post("application/json", "u1", valid.getBytes(StandardCharsets.UTF_16LE)),
        400,
        "body");
    expect(
        soft, post("application/json", "u2", valid.getBytes(StandardCharsets.UTF_16)), 400, "body");
    byte[] latin1 = valid.replace("\"pc\"", "\"p\u00fcc\"").getBytes(StandardCharsets.ISO_8859_1);
    expect(soft, post("application/json", "u3", latin1), 400, "body");
    byte[] utf8 = valid.getBytes(StandardCharsets.UTF_8);
    expect(soft, post("application/json; charset=utf-16", "u4", utf8), 415, "body");
    soft.assertAll();
    assertThat(OrderFlowTest.orders(db)).isZero();
  }

  @Test
  void aQuantityThatCannotBeBoundNamesItselfAndItsRange() {
    SoftAssertions soft = new SoftAssertions();
    int key = 0;
    for (String bad :
        List.of("12345678901", "9".repeat(1000), "1e9", "1.0", "-0", "0", "1001", "\"3\"")) {
      byte[] body =
          valid.replace("\"quantity\":7", "\"quantity\":" + bad).getBytes(StandardCharsets.UTF_8);
      JsonNode a = post("application/json", "q" + key++, body);
      soft.assertThat(a.path("status").asInt()).as(bad).isBetween(400, 422);
      soft.assertThat(a.path("problem").path("field").asText()).as(bad).isEqualTo("quantity");
      soft.assertThat(a.path("problem").path("detail").asText()).as(bad).contains("1 to 1000");
    }
    soft.assertAll();
    assertThat(OrderFlowTest.orders(db)).isZero();
  }

  /**
   * The pizza declares {@code maxQuantity: 20}: 21 is refused naming the quantity and that limit,
   * nothing written; the product's detail and the promise say the same; 20 is taken.
   */
  @Test
  void aProductsOwnMaximumIsEnforcedAndShown() {
    String pizza = OrderServer.orderBody(server.completeDesign("pizza"), 21);
    JsonNode over = post("application/json", "pizza-21", pizza.getBytes(StandardCharsets.UTF_8));
    assertThat(over.path("status").asInt()).as(over.toString()).isEqualTo(422);
    assertThat(over.path("problem").path("field").asText()).isEqualTo("quantity");
    assertThat(over.path("problem").path("detail").asText())
        .isEqualTo("'quantity' must be from 1 to 20, got 21");
    assertThat(OrderFlowTest.orders(db)).isZero();
    JsonNode detail = server.get("/api/products/pizza/versions/2025.1", 4L).body();
    assertThat(detail.get("maxQuantity").asInt()).isEqualTo(20);
    assertThat(server.get("/api/products/pc/versions/2025.1", 4L).body().get("maxQuantity").asInt())
        .isEqualTo(OrderService.MAX_QUANTITY);
    String design = server.completeDesign("pizza").toString();
    OrderServer.Answer promise = server.post("/api/designs/promise?quantity=21", 4L, null, design);
    assertThat(promise.status()).as(promise.text()).isEqualTo(422);
    assertThat(promise.body().get("field").asText()).isEqualTo("quantity");
    String twenty = OrderServer.orderBody(server.completeDesign("pizza"), 20);
    JsonNode taken = post("application/json", "pizza-20", twenty.getBytes(StandardCharsets.UTF_8));
    assertThat(taken.path("status").asInt()).as(taken.toString()).isEqualTo(201);
    assertThat(taken.path("problem").path("quantity").asInt()).isEqualTo(20);
  }

  @Test
  void anIdempotencyKeyWithControlCharactersIsA400NamingTheHeader() {
    SoftAssertions soft = new SoftAssertions();
    byte[] utf8 = valid.getBytes(StandardCharsets.UTF_8);
    for (String key : List.of("k\u007f", "k\u0001y", "\u001b[31mk", "k\u0000", "k\ty")) {
      expect(soft, post("application/json", key, utf8), 400, "Idempotency-Key");
    }
    soft.assertAll();
    assertThat(OrderFlowTest.orders(db)).isZero();
  }
}
