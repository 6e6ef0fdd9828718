package dev.atelier.server.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.catalogue.ModelCatalogueTest;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.MutableClock;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A new order is priced on the version in effect when it is placed: after the product manager
 * publishes a new price "from today", an order of the superseded version is refused (409 naming the
 * version), a reorder moves onto the new version and pays its price, and a start before the current
 * version is refused with a readable date and the instant for the studio to show.
 */
@Tag("slow") // a server and its database
class SupersededVersionOrderTest {

  private static final long ALICE = 1;
  private static final long PM = 2;
  private static final String VERSIONS = "/api/studio/products/kite/versions/";

  @Test
  void anOrderOfASupersededVersionIsRefusedAndAReorderPaysTheCurrentPrice() {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:33:19.682925Z"));
    try (OrderServer s = OrderServer.fresh(TestDatabases.Kind.H2, clock)) {
      publish(s, ModelCatalogueTest.kite("1"), "1", "{}");
      String body = OrderServer.orderBody(delta("1"), 1);
      OrderServer.Answer first = s.post("/api/orders", ALICE, "v-1", body);
      assertThat(first.status()).as(first.text()).isEqualTo(201);
      assertThat(first.body().get("price").get("total").asLong()).isEqualTo(2500);

      clock.advance(Duration.ofMinutes(47));
      String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
      OrderServer.Answer published =
          publish(
              s,
              ModelCatalogueTest.kite("2").replace("price: 5.00", "price: 7.00"),
              "2",
              "{\"effectiveFrom\":\"" + today + "\"}");
      assertThat(published.body().get("current").asText()).isEqualTo("2");

      OrderServer.Answer stale = s.post("/api/orders", ALICE, "v-2", body);
      assertThat(stale.status()).as(stale.text()).isEqualTo(409);
      assertThat(stale.body().get("type").asText()).isEqualTo("/problems/superseded-version");
      assertThat(stale.body().get("field").asText()).isEqualTo("design.version");
      assertThat(stale.body().get("detail").asText()).contains("version '2'");

      OrderServer.Answer again =
          s.post("/api/orders/" + first.body().get("id").asLong() + "/reorder", ALICE, "v-3", "{}");
      assertThat(again.status()).as(again.text()).isEqualTo(201);
      assertThat(again.body().get("version").asText()).isEqualTo("2");
      assertThat(again.body().get("price").get("total").asLong()).isEqualTo(2700);

      OrderServer.Answer current = s.post("/api/orders", ALICE, "v-4", orderOf(delta("2")));
      assertThat(current.status()).as(current.text()).isEqualTo(201);

      assertThat(s.postAs("/api/models", PM, Role.PRODUCT_MANAGER, upload("3")).status())
          .isEqualTo(201);
      OrderServer.Answer early =
          s.postAs(
              VERSIONS + "3/publish",
              PM,
              Role.PRODUCT_MANAGER,
              "{\"effectiveFrom\":\"2026-12-06\"}");
      assertThat(early.status()).as(early.text()).isEqualTo(400);
      assertThat(early.body().get("field").asText()).isEqualTo("effectiveFrom");
      assertThat(early.body().get("detail").asText()).endsWith("(7 Dec 2026, 09:20 UTC)");
      assertThat(early.body().get("value").asText()).startsWith("2026-12-07T09:20:19");
    }
  }

  private static String orderOf(JsonNode design) {
    return OrderServer.orderBody(design, 1);
  }

  private static JsonNode delta(String version) {
    JsonNode design =
        TestServer.JSON
            .createObjectNode()
            .put("product", "kite")
            .put("version", version)
            .set(
                "decisions",
                TestServer.JSON
                    .createArrayNode()
                    .add(
                        TestServer.JSON
                            .createObjectNode()
                            .put("attribute", "shape")
                            .put("value", "delta"))
                    .add(
                        TestServer.JSON
                            .createObjectNode()
                            .put("attribute", "colour")
                            .put("value", "red")));
    return design;
  }

  private static String upload(String source) {
    return ModelCatalogueTest.upload("yaml", ModelCatalogueTest.kite(source));
  }

  private static OrderServer.Answer publish(
      OrderServer s, String source, String version, String body) {
    OrderServer.Answer draft =
        s.postAs(
            "/api/models", PM, Role.PRODUCT_MANAGER, ModelCatalogueTest.upload("yaml", source));
    assertThat(draft.status()).as(draft.text()).isEqualTo(201);
    OrderServer.Answer published =
        s.postAs(VERSIONS + version + "/publish", PM, Role.PRODUCT_MANAGER, body);
    assertThat(published.status()).as(published.text()).isEqualTo(200);
    return published;
  }
}
