package dev.atelier.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.Database;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.designevents.EventKind;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The analytics' orders figure counts the stored orders (placed, units, revenue), not design
 * sessions: two customers place four orders of seven bicycles in all; the funnel's "ordered" stage
 * counts their two design sessions (an account's orders share one), the orders figure four orders,
 * seven units and the sum of their totals.
 */
@Tag("slow") // a server
class OrderFiguresTest {

  private static final long ALICE = 5;
  private static final long BOB = 6;
  private static final long PM = 7;

  @Test
  void ordersUnitsAndRevenueComeFromTheStoredOrders() {
    try (Database db = Database.inMemory()) {
      String product;
      String version;
      long revenue = 0;
      String currency = null;
      try (OrderServer server = new OrderServer(db)) {
        JsonNode design = server.completeDesign("bicycle");
        product = design.get("product").asText();
        version = design.get("version").asText();
        int n = 0;
        for (long[] order : new long[][] {{ALICE, 2}, {ALICE, 1}, {ALICE, 3}, {BOB, 1}}) {
          OrderServer.Answer placed =
              server.post(
                  "/api/orders",
                  order[0],
                  "figures-" + n++,
                  OrderServer.orderBody(design, order[1]));
          assertThat(placed.status()).as(placed.text()).isEqualTo(201);
          revenue += placed.body().get("price").get("total").asLong();
          currency = placed.body().get("price").get("currency").asText();
        }

        OrderServer.Answer figures =
            server.get(
                "/api/analytics/" + product + "/" + version + "/orders", PM, Role.PRODUCT_MANAGER);
        assertThat(figures.status()).as(figures.text()).isEqualTo(200);
        JsonNode f = figures.body();
        assertThat(f.get("orders").asLong()).isEqualTo(4);
        assertThat(f.get("units").asLong()).isEqualTo(7);
        assertThat(f.get("revenue")).hasSize(1);
        assertThat(f.get("revenue").get(0).get("currency").asText()).isEqualTo(currency);
        assertThat(f.get("revenue").get(0).get("total").asLong()).isEqualTo(revenue);

        OrderServer.Answer csv =
            server.get(
                "/api/analytics/" + product + "/" + version + "/orders.csv",
                PM,
                Role.PRODUCT_MANAGER);
        assertThat(csv.text())
            .startsWith("currency,orders,units,revenue_minor_units")
            .contains(currency + ",4,7," + revenue);
        assertThat(server.get("/api/analytics/" + product + "/" + version + "/orders", ALICE))
            .extracting(OrderServer.Answer::status)
            .isEqualTo(403);
      } // closing the server writes the queued design events
      assertThat(new DesignEventStore(db).sessions(product, version, List.of(EventKind.ORDER)))
          .isEqualTo(2);
      assertThat(new PlacedOrders(db).of(product, version).orders()).isEqualTo(4);
    }
  }
}
