package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cosmetic face through the API: a standard sneaker presented for one customer (monogram, gift
 * packaging, gift note) is priced for it, and its order routes the embroidery and the gift wrap to
 * their work centres, whose queues show the monogram and the note to make.
 */
class CosmeticFaceTest {

  private static final String NOTE = "Happy birthday, Jo!";

  @Test
  void monogramAndGiftPackagingArePricedAndRoutedToTheirWorkCentres() {
    try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2);
        OrderServer server = new OrderServer(db)) {
      String version = TestServer.CATALOGUE.current("sneakers").orElseThrow().version();
      String decisions =
          "[{\"attribute\":\"size\",\"value\":\"42\"},"
              + "{\"attribute\":\"monogram\",\"value\":\"given\"},"
              + "{\"attribute\":\"monogram_place\",\"value\":\"heel\"},"
              + "{\"attribute\":\"packaging\",\"value\":\"gift\"},"
              + "{\"attribute\":\"gift_note\",\"value\":\"given\"}]";
      String design =
          "{\"product\":\"sneakers\",\"version\":\""
              + version
              + "\",\"decisions\":"
              + decisions
              + "}";
      OrderServer.Answer completed =
          server.post("/api/designs/complete", null, null, TestServer.cheapest(design));
      assertThat(completed.status()).as(completed.text()).isEqualTo(200);
      List<String> priced = new ArrayList<>();
      completed
          .body()
          .path("price")
          .path("lines")
          .forEach(l -> priced.add(l.path("reference").asText()));
      assertThat(String.join(" ", priced)).contains("monogram").contains("packaging");

      OrderServer.Answer placed =
          server.post(
              "/api/orders",
              1L,
              "cosmetic-1",
              OrderServer.orderBody(
                  completed.body().path("design"),
                  2,
                  Map.of("monogram", "JMK", "gift_note", NOTE)));
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      String orderId = placed.body().path("id").asText();
      assertThat(placed.body().path("price").path("unit").asLong())
          .isEqualTo(completed.body().path("price").path("total").asLong());

      assertThat(operations(server, "embroidery", orderId)).contains("embroider");
      assertThat(operations(server, "packing", orderId)).contains("pack", "gift-wrap");
      assertThat(texts(server, "embroidery", orderId))
          .containsEntry("monogram", "JMK")
          .containsEntry("gift_note", NOTE);
    }
  }

  /** The texts the design lines of {@code orderId} show in {@code centre}'s queue. */
  private static Map<String, String> texts(OrderServer server, String centre, String orderId) {
    JsonNode queue = server.get("/api/work-centres/" + centre + "/queue", 99L, Role.STAFF).body();
    Map<String, String> texts = new HashMap<>();
    queue
        .path("productionOrders")
        .forEach(
            p -> {
              if (p.path("orderId").asText().equals(orderId)) {
                p.path("design")
                    .forEach(
                        line -> {
                          if (line.path("kind").asText().equals("text")) {
                            texts.put(
                                line.path("attribute").asText(),
                                line.path("value").path("en").asText());
                          }
                        });
              }
            });
    return texts;
  }

  private static List<String> operations(OrderServer server, String centre, String orderId) {
    JsonNode queue = server.get("/api/work-centres/" + centre + "/queue", 99L, Role.STAFF).body();
    List<String> ops = new ArrayList<>();
    queue
        .path("operations")
        .forEach(
            o -> {
              if (o.path("orderId").asText().equals(orderId)) {
                ops.add(o.path("operation").asText());
              }
            });
    return ops;
  }
}
