package dev.atelier.server.studio;

import static dev.atelier.server.testing.StudioCalls.PM;
import static dev.atelier.server.testing.StudioCalls.audit;
import static dev.atelier.server.testing.StudioCalls.kiteOrder;
import static dev.atelier.server.testing.StudioCalls.pm;
import static dev.atelier.server.testing.StudioCalls.uploadDraft;
import static dev.atelier.server.testing.StudioCalls.version;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.MutableClock;
import dev.atelier.server.testing.OrderServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code POST /api/models/{product}/versions/{version}/publish} publishes as the studio does: the
 * previous version's offer ends when the new one starts (new orders on it are refused), both the
 * publication and the end are in the audit log, and a start before the current version is refused,
 * as is an end of the previous offer past 9999 or more than 10 years ago (nothing written).
 */
@Tag("slow") // a server and its database per kind
class ModelApiPublishTest {

  private static final long ALICE = 1;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theApiPublishEndsThePreviousVersionsOffer(TestDatabases.Kind kind) {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    try (OrderServer server = OrderServer.fresh(kind, clock)) {
      upload(server, "1");
      OrderServer.Answer first = pm(server, "/api/models/kite/versions/1/publish", "{}");
      assertThat(first.status()).as(first.text()).isEqualTo(200);
      assertThat(first.body().get("current").asBoolean()).isTrue();
      kiteOrder(server, ALICE, "1", "delta", "red", 1);

      clock.advance(Duration.ofMinutes(5));
      upload(server, "2");
      OrderServer.Answer second = pm(server, "/api/models/kite/versions/2/publish", "{}");
      assertThat(second.status()).as(second.text()).isEqualTo(200);
      assertThat(second.body().get("current").asBoolean()).isTrue();

      JsonNode kite = kite(server);
      assertThat(kite.get("current").asText()).isEqualTo("2");
      assertThat(version(kite, "1").get("status").asText()).isEqualTo("retired");
      assertThat(version(kite, "1").get("effectiveTo").asText())
          .isEqualTo(version(kite, "2").get("effectiveFrom").asText())
          .isEqualTo("2026-12-07T08:05:00Z");

      OrderServer.Answer stale =
          server.post(
              "/api/orders",
              ALICE,
              "stale",
              "{\"design\":{\"product\":\"kite\",\"version\":\"1\",\"decisions\":["
                  + "{\"attribute\":\"shape\",\"value\":\"delta\"},"
                  + "{\"attribute\":\"colour\",\"value\":\"red\"}]},\"quantity\":1}");
      assertThat(stale.status()).as(stale.text()).isEqualTo(409);
      assertThat(stale.body().get("type").asText()).isEqualTo("/problems/superseded-version");
      kiteOrder(server, ALICE, "2", "delta", "red", 1);

      assertThat(audit(server, "kite", "detail"))
          .containsExactly(
              "1 end offered until 2026-12-07T08:05:00Z (superseded by 2)",
              "2 publish effective from 2026-12-07T08:05:00Z",
              "1 publish effective from 2026-12-07T08:00:00Z");

      upload(server, "3");
      OrderServer.Answer early =
          pm(server, "/api/models/kite/versions/3/publish", "{\"effectiveFrom\":\"2026-12-01\"}");
      assertThat(early.status()).as(early.text()).isEqualTo(400);
      assertThat(early.body().get("field").asText()).isEqualTo("effectiveFrom");
      for (String end : List.of("+10000-01-01", "+999999999-12-31T00:00:00Z", "2016-01-01")) {
        OrderServer.Answer far =
            pm(
                server,
                "/api/models/kite/versions/3/publish",
                "{\"effectiveFrom\":\"2027-01-01\",\"previousEffectiveTo\":\"" + end + "\"}");
        assertThat(far.status()).as(far.text()).isEqualTo(422);
        assertThat(far.body().get("field").asText()).isEqualTo("previousEffectiveTo");
      }
      assertThat(audit(server, "kite", "detail")).hasSize(3);
      OrderServer.Answer later =
          pm(
              server,
              "/api/models/kite/versions/3/publish",
              "{\"effectiveFrom\":\"2027-01-01\",\"previousEffectiveTo\":\"2027-02-01\"}");
      assertThat(later.status()).as(later.text()).isEqualTo(200);
      assertThat(later.body().get("status").asText()).isEqualTo("scheduled");
      assertThat(version(kite(server), "2").get("effectiveTo").asText())
          .isEqualTo("2027-02-01T00:00:00Z");
      assertThat(audit(server, "kite", "detail")).hasSize(5);
    }
  }

  private static void upload(OrderServer server, String version) {
    uploadDraft(server, StudioApiTest.kite(version));
  }

  private static JsonNode kite(OrderServer server) {
    for (JsonNode p :
        server.get("/api/studio/products", PM, Role.PRODUCT_MANAGER).body().get("products")) {
      if (p.get("id").asText().equals("kite")) {
        return p;
      }
    }
    throw new AssertionError("no kite in the studio");
  }
}
