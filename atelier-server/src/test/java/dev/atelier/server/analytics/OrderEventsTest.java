package dev.atelier.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.Database;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.designevents.EventKind;
import dev.atelier.server.testing.OrderServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A placed order is recorded as one order event per chosen value, keyed by the account. */
class OrderEventsTest {

  @Test
  void aPlacedOrderIsCountedWithItsValues() {
    try (Database db = Database.inMemory()) {
      JsonNode order;
      try (OrderServer server = new OrderServer(db)) {
        JsonNode design = server.completeDesign("bicycle");
        OrderServer.Answer placed =
            server.post("/api/orders", 5L, "k-1", OrderServer.orderBody(design, 2));
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        order = placed.body();
      } // closing the server writes the queued events
      String product = order.get("product").asText();
      String version = order.get("version").asText();
      DesignEventStore store = new DesignEventStore(db);
      assertThat(store.sessions(product, version, List.of(EventKind.ORDER))).isEqualTo(1);
      Map<String, String> recorded = new HashMap<>();
      for (DesignEventStore.ValueCount c : store.valueCounts(product, version)) {
        assertThat(c.kind()).isEqualTo(EventKind.ORDER);
        assertThat(c.count()).isEqualTo(1);
        recorded.put(c.attribute(), c.value());
      }
      Map<String, String> configuration = new HashMap<>();
      order
          .get("configuration")
          .properties()
          .forEach(e -> configuration.put(e.getKey(), e.getValue().asText()));
      assertThat(recorded).isEqualTo(configuration).isNotEmpty();
    }
  }
}
