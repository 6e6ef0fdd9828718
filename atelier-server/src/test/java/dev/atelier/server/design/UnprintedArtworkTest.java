package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.Problems;
import org.junit.jupiter.api.Test;

/**
 * Art on a print area whose technique is "None" (as "Complete it for me" may leave it): the upload
 * is still accepted on the completed design (no rule refuses its facts), but the order is refused
 * naming the area, and nothing is written; with a technique the same order goes through. A text on
 * an area (the sneakers' monogram on the heel) without a technique is refused alike, naming the
 * text; a text the model keeps off the print areas (the gift note) needs none.
 */
class UnprintedArtworkTest {
  private static final long SHOPPER = 31;

  @Test
  void anOrderWithArtOnAnAreaWithoutATechniqueIsRefusedNamingTheArea() {
    try (OrderServer s = OrderServer.fresh(TestDatabases.Kind.H2)) {
      String logo = ArtworkContractTest.upload(s, SHOPPER, ArtworkContractTest.flat(200, 200));
      JsonNode completed = s.completeDesign("sneakers");
      JsonNode design =
          ArtworkContractTest.without(
              ArtworkContractTest.placed(completed, "tongue", 5, 5, 20, 20), "tongue_technique");
      ObjectNode art = ArtworkContractTest.artwork("tongue", logo, 0);

      // The upload after completion: its facts are accepted (session 18's rule refused them).
      ObjectNode decide = dev.atelier.server.testing.TestServer.JSON.createObjectNode();
      decide.set("design", design);
      decide.put("attribute", "tongue_y").put("value", "5");
      decide.set("artwork", art);
      OrderServer.Answer decided = s.post("/api/designs/decide", SHOPPER, null, decide.toString());
      assertThat(decided.status()).as(decided.text()).isEqualTo(200);

      OrderServer.Answer refused =
          s.post(
              "/api/orders",
              SHOPPER,
              "k-unprinted",
              ArtworkContractTest.order(design, art).toString());
      Problems.assertIncompleteDesign(
          refused,
          "artwork.tongue",
          "tongue_technique",
          "Tongue: the artwork needs a printing technique (print or embroidery)");
      assertThat(s.get("/api/orders", SHOPPER).body().get("orders")).isEmpty();

      JsonNode printed = ArtworkContractTest.with(design, "tongue_technique", "print");
      OrderServer.Answer ordered =
          s.post(
              "/api/orders",
              SHOPPER,
              "k-printed",
              ArtworkContractTest.order(printed, art).toString());
      assertThat(ordered.status()).as(ordered.text()).isEqualTo(201);
      assertThat(ordered.body().get("artwork").get("tongue").get("upload").asText())
          .isEqualTo(logo);
    }
  }

  @Test
  void anOrderWithTextOnAnAreaWithoutATechniqueIsRefusedNamingTheText() {
    try (OrderServer s = OrderServer.fresh(TestDatabases.Kind.H2)) {
      JsonNode monogrammed = s.sneakersWithText("monogram");
      assertThat(ArtworkContractTest.decided(monogrammed, "monogram_place")).isEqualTo("heel");
      for (String none : new String[] {"absent", "~"}) {
        JsonNode bare =
            none.equals("absent")
                ? ArtworkContractTest.without(monogrammed, "heel_technique")
                : ArtworkContractTest.with(monogrammed, "heel_technique", none);
        OrderServer.Answer refused =
            s.post(
                "/api/orders",
                SHOPPER,
                "k-text-" + none,
                OrderServer.orderBody(bare, 1, java.util.Map.of("monogram", "JMK")));
        Problems.assertIncompleteDesign(
            refused,
            "texts.monogram",
            "heel_technique",
            "Heel: the text needs a printing technique (print or embroidery)");
      }
      assertThat(s.get("/api/orders", SHOPPER).body().get("orders")).isEmpty();

      // The completed design (the cheapest completion prints the heel's text) and a gift note,
      // which no print area carries, are ordered.
      OrderServer.Answer printed =
          s.post(
              "/api/orders",
              SHOPPER,
              "k-text-printed",
              OrderServer.orderBody(monogrammed, 1, java.util.Map.of("monogram", "JMK")));
      assertThat(printed.status()).as(printed.text()).isEqualTo(201);
      JsonNode noted = s.sneakersWithText("gift_note");
      assertThat(ArtworkContractTest.decided(noted, "heel_technique")).isIn("~", null);
      OrderServer.Answer note =
          s.post(
              "/api/orders",
              SHOPPER,
              "k-note",
              OrderServer.orderBody(noted, 1, java.util.Map.of("gift_note", "Happy birthday")));
      assertThat(note.status()).as(note.text()).isEqualTo(201);
    }
  }
}
