package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Orders carry their personalization texts, on H2 and PostgreSQL: the text of a text attribute
 * decided "given" is checked against the model (required, length, allowed characters; none for
 * anything else; no word of the blocklist: 422 naming {@code texts.<attribute>}), part of the
 * idempotent request, stored and returned with the order, kept by a reorder and written into the
 * {@code order.placed} event.
 */
class OrderTextsTest {

  private static final long ALICE = 1;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theMonogramIsStoredReturnedReorderedAndSentToProduction(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      JsonNode design = server.sneakersWithText("monogram");
      String body = OrderServer.orderBody(design, 2, Map.of("monogram", "JMK"));

      OrderServer.Answer placed = server.post("/api/orders", ALICE, "t-1", body);
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      assertThat(placed.body().get("texts").get("monogram").asText()).isEqualTo("JMK");
      long id = placed.body().get("id").asLong();
      assertThat(server.get("/api/orders/" + id, ALICE).body()).isEqualTo(placed.body());

      OrderServer.Answer otherText =
          server.post(
              "/api/orders",
              ALICE,
              "t-1",
              OrderServer.orderBody(design, 2, Map.of("monogram", "JM")));
      assertThat(otherText.status()).isEqualTo(422);
      assertThat(otherText.body().get("type").asText())
          .isEqualTo("/problems/idempotency-key-reused");
      assertThat(server.post("/api/orders", ALICE, "t-1", body).text()).isEqualTo(placed.text());

      OrderServer.Answer reorder =
          server.post("/api/orders/" + id + "/reorder", ALICE, "t-2", "{}");
      assertThat(reorder.status()).as(reorder.text()).isEqualTo(201);
      assertThat(reorder.body().get("texts")).isEqualTo(placed.body().get("texts"));
      assertThat(OrderFlowTest.orders(server.database())).isEqualTo(2);

      JsonNode line = placedEvent(server.database(), id).findValue("lines").get(0);
      assertThat(line.get("texts").get("monogram").asText()).isEqualTo("JMK");
      assertThat(line.get("configuration").get("monogram").asText()).isEqualTo("given");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aMissingOrInvalidTextIsA422NamingItsField(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      JsonNode monogrammed = server.sneakersWithText("monogram");
      JsonNode plain = server.completeDesign("sneakers");
      JsonNode noted = server.sneakersWithText("gift_note");
      assertThat(plain.toString()).doesNotContain("\"given\"");
      SoftAssertions soft = new SoftAssertions();
      int key = 0;
      List<Case> cases =
          List.of(
              new Case(monogrammed, Map.of(), "monogram"),
              new Case(monogrammed, Map.of("monogram", "ABCD"), "monogram"),
              new Case(monogrammed, Map.of("monogram", "ab1"), "monogram"),
              new Case(monogrammed, Map.of("monogram", "JMK", "size", "42"), "size"),
              new Case(monogrammed, Map.of("monogram", "JMK", "bogus", "x"), "bogus"),
              new Case(plain, Map.of("monogram", "JMK"), "monogram"),
              // The word blocklist, also behind look-alike letters (Cyrillic, fullwidth).
              new Case(monogrammed, Map.of("monogram", "KKK"), "monogram"),
              new Case(noted, Map.of("gift_note", "Happy birthday, you sh1t"), "gift_note"),
              new Case(noted, Map.of("gift_note", "fu\u0441k off"), "gift_note"),
              new Case(noted, Map.of("gift_note", "\uff46\uff55\uff43\uff4b"), "gift_note"));
      for (Case c : cases) {
        String body = OrderServer.orderBody(c.design(), 1, c.texts());
        OrderServer.Answer a = server.post("/api/orders", ALICE, "bad-" + key++, body);
        soft.assertThat(a.status()).as(body).isEqualTo(422);
        soft.assertThat(a.body().path("field").asText()).as(body).isEqualTo("texts." + c.field());
        soft.assertThat(a.body().path("type").asText())
            .as(body)
            .isEqualTo("/problems/invalid-text");
      }
      String empty = "{\"design\":" + monogrammed + ",\"quantity\":1,\"texts\":{}}";
      OrderServer.Answer none = server.post("/api/orders", ALICE, "bad-" + key++, empty);
      soft.assertThat(none.status()).isEqualTo(422);
      soft.assertThat(none.body().path("field").asText()).isEqualTo("texts.monogram");
      soft.assertAll();
      assertThat(OrderFlowTest.orders(server.database())).isZero();
    }
  }

  /** An order of {@code design} with {@code texts}, refused naming {@code texts.<field>}. */
  private record Case(JsonNode design, Map<String, String> texts, String field) {}

  private static JsonNode placedEvent(Database db, long orderId) {
    String json =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT body FROM outbox_event WHERE order_id = :o AND type = :t")
                        .bind("o", Long.toString(orderId))
                        .bind("t", "order.placed")
                        .mapTo(String.class)
                        .one());
    try {
      return TestServer.JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(json, e);
    }
  }
}
