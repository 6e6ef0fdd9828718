package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.DesignBuilder;
import dev.atelier.server.testing.OrderServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The modular shelving demo over HTTP on H2 and PostgreSQL: a design addresses instances as {@code
 * bays[2].doors}; an order of it validates and is priced per bay on the server; a design breaking a
 * rule across bays is refused.
 */
class ShelvingOrderTest {

  private static JsonNode design(String... decisions) {
    return DesignBuilder.of("shelving").pairs(decisions).json();
  }

  private static final String[] TWO_BAYS = {
    "wall_width",
    "200",
    "finish",
    "oak",
    "bays",
    "2",
    "bays[1].width",
    "80",
    "bays[1].height",
    "220",
    "bays[1].shelves",
    "4",
    "bays[1].doors",
    "glass",
    "bays[2].width",
    "60",
    "bays[2].height",
    "180",
    "bays[2].shelves",
    "2",
    "bays[2].doors",
    "none"
  };

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void anOrderValidatesAndIsPricedPerBayAndATooWideOneIsRefused(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      OrderServer.Answer placed =
          server.post("/api/orders", 1L, "shelf-1", OrderServer.orderBody(design(TWO_BAYS), 1));
      assertThat(placed.status()).as(placed.text()).isEqualTo(201);
      JsonNode order = placed.body();
      // 149 base; bay 1: frame 60 + 80 cm x 1.50 + 4 shelves x 14 + glass 120 = 356;
      // bay 2: frame 60 + 60 cm x 1.50 + 2 shelves x 14 = 178.
      assertThat(order.get("price").get("unit").asLong()).isEqualTo(68_300);
      assertThat(order.get("price").get("unit").asLong())
          .isEqualTo(OrderFlowTest.enginePrice(order));
      List<String> lines = new ArrayList<>();
      order.get("price").get("lines").forEach(l -> lines.add(l.toString()));
      assertThat(lines).anySatisfy(l -> assertThat(l).contains("Bay 2 · Bay frame"));
      assertThat(order.get("configuration").get("bays[2].doors").asText()).isEqualTo("none");
      assertThat(order.get("configuration").has("bays[3].doors")).isFalse();

      // 80 + 60 cm of bays on a 120 cm wall: refused; a 100 cm wall holds at most two bays.
      String[] tooWide = TWO_BAYS.clone();
      tooWide[1] = "120";
      OrderServer.Answer refused =
          server.post("/api/orders", 1L, "shelf-2", OrderServer.orderBody(design(tooWide), 1));
      assertThat(refused.status()).as(refused.text()).isEqualTo(409);
      assertThat(refused.body().get("type").asText()).isEqualTo("/problems/inconsistent-design");
      ObjectNode domains = (ObjectNode) design("wall_width", "100");
      OrderServer.Answer answer =
          server.post("/api/designs/domains", null, null, domains.toString());
      assertThat(answer.status()).as(answer.text()).isEqualTo(200);
      JsonNode bays = null;
      for (JsonNode d : answer.body().get("attributes")) {
        if (d.get("attribute").asText().equals("bays")) {
          bays = d;
        }
      }
      assertThat(bays).isNotNull();
      assertThat(bays.get("offered").toString()).isEqualTo("[\"1\",\"2\"]");
    }
  }
}
