package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.Database;
import dev.atelier.server.testing.OrderServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A query parameter or a single-valued header given twice is a 400 naming it, before any route
 * runs: nothing is ordered under the first of two Idempotency-Keys, no quote is made for the first
 * of two quantities (before session 21 both were taken, the second value ignored).
 */
class RepeatedInputsTest {

  private static Database db;
  private static OrderServer server;
  private static String order;
  private static String design;

  @BeforeAll
  static void start() {
    db = Database.inMemory();
    server = new OrderServer(db);
    design = server.completeDesign("pizza").toString();
    order = OrderServer.orderBody(server.completeDesign("pizza"), 1);
  }

  @AfterAll
  static void stop() {
    server.close();
    db.close();
  }

  /** A POST of {@code body} to {@code target} as customer 4 with the extra {@code headers}. */
  private static RawHttp.Response post(String target, String headers, String body) {
    String head =
        "POST "
            + target
            + " HTTP/1.1\r\nHost: localhost\r\n"
            + OrderServer.ACCOUNT
            + ": 4\r\n"
            + OrderServer.ROLE
            + ": CUSTOMER\r\n"
            + headers
            + "Content-Length: "
            + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
            + "\r\nConnection: close\r\n\r\n";
    return RawHttp.exchange(server.server.port(), null, head + body);
  }

  private static void refused(RawHttp.Response r, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.body()).contains("\"field\":\"" + field + "\"").contains("send it once");
  }

  @Test
  void twoIdempotencyKeysOrderNothing() {
    String json = "Content-Type: application/json\r\n";
    refused(
        post("/api/orders", json + "Idempotency-Key: a\r\nIdempotency-Key: b\r\n", order),
        "Idempotency-Key");
    refused(
        post("/api/orders", json + "Idempotency-Key: a\r\nidempotency-key: a\r\n", order),
        "Idempotency-Key");
    assertThat(server.get("/api/orders", 4L).body().path("orders")).isEmpty();
    assertThat(post("/api/orders", json + "Idempotency-Key: a\r\n", order).status()).isEqualTo(201);
  }

  @Test
  void twoContentTypesOrTwoQuantitiesAreRefused() {
    refused(
        post(
            "/api/designs/promise",
            "Content-Type: text/plain\r\nContent-Type: application/json\r\n",
            design),
        "Content-Type");
    String json = "Content-Type: application/json\r\n";
    for (String query : List.of("quantity=2&quantity=5000", "quantity=2&quantity=2")) {
      refused(post("/api/designs/promise?" + query, json, design), "quantity");
    }
    assertThat(post("/api/designs/promise?quantity=2", json, design).status()).isEqualTo(200);
  }
}
