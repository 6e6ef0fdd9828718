package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.Database;
import dev.atelier.server.testing.OrderServer;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Malformed, wrongly typed and unknown-field bodies on the order routes answer problems naming the
 * body or field, like every other route, and never place an order.
 */
class OrderBadInputTest {

  @Test
  void badBodiesAreProblemsNamingTheBody() {
    try (Database db = Database.inMemory();
        OrderServer server = new OrderServer(db)) {
      long account = 4;
      String order = server.placeCheapest(account, "ok", "pc", 1).body().get("id").asText();
      SoftAssertions soft = new SoftAssertions();
      int key = 0;
      for (String path : List.of("/api/orders", "/api/orders/" + order + "/reorder")) {
        for (String body : List.of("{", "", "[]", "null", "42", "{} {}", "[".repeat(5_000))) {
          OrderServer.Answer a = server.post(path, account, "bad-" + key++, body);
          soft.assertThat(a.status()).as(path + " " + body).isEqualTo(400);
          soft.assertThat(a.body().path("field").asText()).as(path + " " + body).isEqualTo("body");
        }
        OrderServer.Answer bogus = server.post(path, account, "bad-" + key++, "{\"bogus\":1}");
        soft.assertThat(bogus.status()).isEqualTo(400);
        soft.assertThat(bogus.body().path("field").asText()).isEqualTo("bogus");
        soft.assertThat(server.post(path, account, "bad-" + key++, "text/plain", "{}").status())
            .isEqualTo(415);
        soft.assertThat(server.post(path, account, "bad-" + key++, null, "{}").status())
            .isEqualTo(415);
      }
      // texts: an object of strings, else 400 naming it; a text pc has no attribute for: 422.
      String pc = server.completeDesign("pc").toString();
      for (String texts : List.of("42", "[]", "\"JMK\"", "{\"monogram\":[]}")) {
        String body = "{\"design\":" + pc + ",\"quantity\":1,\"texts\":" + texts + "}";
        OrderServer.Answer a = server.post("/api/orders", account, "bad-" + key++, body);
        soft.assertThat(a.status()).as(body).isEqualTo(400);
        soft.assertThat(a.body().path("field").asText()).as(body).startsWith("texts");
      }
      OrderServer.Answer nullText =
          server.post(
              "/api/orders",
              account,
              "bad-" + key++,
              "{\"design\":" + pc + ",\"quantity\":1,\"texts\":{\"monogram\":null}}");
      soft.assertThat(nullText.status()).isEqualTo(422);
      soft.assertThat(nullText.body().path("field").asText()).isEqualTo("texts.monogram");
      soft.assertThat(server.get("/api/orders/" + order + "/reorder", account).status())
          .isEqualTo(405);
      soft.assertThat(server.get("/api/orders?limit=0", account).status()).isEqualTo(400);
      soft.assertThat(server.get("/api/orders?before=x", account).status()).isEqualTo(400);
      soft.assertAll();
      assertThat(OrderFlowTest.orders(db)).isEqualTo(1);
    }
  }
}
