package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.db.Database;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the routes attacked in session 20 repeated of a caller's input raw: a 405's path (3,000
 * digits came back whole), a saved design's artwork area (a bidi override came back as it was) and
 * an order's unknown text name (in the detail and the field). Each is now cut and escaped by {@link
 * Echo}, like the 404's path.
 */
class EchoedInputsTest {

  private static final String RLO = "\u202e";

  private static Database db;
  private static OrderServer server;

  @BeforeAll
  static void start() {
    db = Database.inMemory();
    server = new OrderServer(db);
  }

  @AfterAll
  static void stop() {
    server.close();
    db.close();
  }

  @Test
  void aMethodNotAllowedRepeatsABoundedPath() {
    String digits = "9".repeat(3000);
    OrderServer.Answer a =
        server.get("/api/studio/products/pizza/versions/" + digits + "/check", 4L);
    assertThat(a.status()).isEqualTo(405);
    String detail = a.body().get("detail").asText();
    assertThat(detail).endsWith("…").hasSizeLessThan(120);
  }

  @Test
  void aSavedDesignsArtworkAreaIsRepeatedEscaped() {
    OrderServer.Answer a =
        server.get("/api/saved-designs/zzzzzzzz/artwork/%E2%80%AE" + "a".repeat(300), 4L);
    assertThat(a.status()).isEqualTo(404);
    String detail = a.body().get("detail").asText();
    assertThat(detail).doesNotContain(RLO).contains("\\u202e").hasSizeLessThan(160);
  }

  @Test
  void anUnknownTextNameOfAnOrderIsRepeatedEscaped() {
    ObjectNode body = TestServer.JSON.createObjectNode();
    body.set("design", server.completeDesign("pc"));
    body.put("quantity", 1);
    body.putObject("texts").put(RLO + "x".repeat(200), "hi");
    OrderServer.Answer a = server.post("/api/orders", 4L, "echo-1", body.toString());
    assertThat(a.status()).as(a.text()).isEqualTo(422);
    assertThat(a.text()).doesNotContain(RLO);
    assertThat(a.body().get("field").asText()).startsWith("texts.\\u202e").endsWith("…");
    assertThat(a.body().get("detail").asText()).contains("\\u202e").hasSizeLessThan(160);
  }
}
