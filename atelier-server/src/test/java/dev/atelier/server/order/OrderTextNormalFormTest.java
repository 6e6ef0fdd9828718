package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.Database;
import dev.atelier.server.testing.OrderServer;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A personalization text typed decomposed (NFD: "e" and a combining accent, as some keyboards and
 * file names give it) is the same text as composed: it counts its visible characters against {@code
 * maxLength} and is kept composed. Before session 21 a gift note of 100 "é" typed NFD was 200 code
 * points, refused as over 120 characters.
 */
class OrderTextNormalFormTest {

  private static final long ALICE = 1;

  @Test
  void aDecomposedTextCountsAndIsKeptComposed() {
    try (Database db = Database.inMemory();
        OrderServer server = new OrderServer(db)) {
      JsonNode noted = server.sneakersWithText("gift_note");
      String composed = "\u00e9".repeat(100);
      String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
      assertThat(decomposed).hasSize(200);

      OrderServer.Answer placed =
          server.post(
              "/api/orders",
              ALICE,
              "nfd-1",
              OrderServer.orderBody(noted, 1, Map.of("gift_note", decomposed)));
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      assertThat(placed.body().get("texts").get("gift_note").asText()).isEqualTo(composed);

      String tooLong = Normalizer.normalize("\u00e9".repeat(121), Normalizer.Form.NFD);
      OrderServer.Answer refused =
          server.post(
              "/api/orders",
              ALICE,
              "nfd-2",
              OrderServer.orderBody(noted, 1, Map.of("gift_note", tooLong)));
      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.body().path("field").asText()).isEqualTo("texts.gift_note");
      assertThat(OrderFlowTest.orders(db)).isEqualTo(1);
    }
  }
}
