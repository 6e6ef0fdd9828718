package dev.atelier.server.saved;

import static dev.atelier.server.catalogue.ModelCatalogueTest.kite;
import static dev.atelier.server.catalogue.ModelCatalogueTest.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.MutableClock;
import dev.atelier.server.testing.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Saved designs live in the database: a design saved on one server reopens on another with the same
 * decisions and price, and keeps its model version after a newer one is published.
 */
class SavedDesignPinningTest {

  private static final String KITE_1 =
      "{\"design\":{\"product\":\"kite\",\"version\":\"1\",\"decisions\":"
          + "[{\"attribute\":\"shape\",\"value\":\"delta\"}]}}";

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aSavedDesignKeepsItsVersionDecisionsAndPrice(TestDatabases.Kind kind) {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    try (TestServer server = new TestServer(TestDatabases.fresh(kind), clock)) {
      publish(server, kite("1"), "1");
      TestServer.Answer saved = server.post("/api/saved-designs", KITE_1);
      assertThat(saved.status()).as(saved.text()).isEqualTo(200);
      String id = saved.body().get("id").asText();
      assertThat(saved.body().get("price").get("total").asLong()).isEqualTo(2_500);

      // Version 2 costs more and becomes current; the saved design stays on version 1.
      publish(server, kite("2").replace("basePrice: 20.00", "basePrice: 30.00"), "2");
      clock.advance(Duration.ofMinutes(1));
      assertThat(server.get("/api/products/kite").body().get("latest").asText()).isEqualTo("2");
      TestServer.Answer reopened = server.get("/api/saved-designs/" + id);
      assertThat(reopened.status()).isEqualTo(200);
      assertThat(reopened.body().get("design")).isEqualTo(saved.body().get("design"));
      assertThat(reopened.body().get("price")).isEqualTo(saved.body().get("price"));
      assertThat(reopened.body().get("savedAt")).isEqualTo(saved.body().get("savedAt"));
      assertThat(reopened.body().get("design").get("version").asText()).isEqualTo("1");
      JsonNode design = reopened.body().get("design");
      assertThat(server.post("/api/designs/domains", design).status()).isEqualTo(200);
      assertThat(total(server, design.toString())).isEqualTo(2_500);
      assertThat(total(server, design.toString().replace("\"version\":\"1\"", "\"version\":\"2\"")))
          .isEqualTo(3_500);
      assertThat(server.get("/api/saved-designs/nosuchid").status()).isEqualTo(404);
    }
  }

  @Test
  void aDesignSavedOnOneServerReopensOnAnotherSharingPostgres() {
    String url = TestDatabases.freshPostgresUrl();
    Clock clock = Clock.systemUTC();
    try (TestServer a = new TestServer(Database.open(url, "postgres", null, 4), clock);
        TestServer b = new TestServer(Database.open(url, "postgres", null, 4), clock)) {
      String design =
          "{\"design\":{\"product\":\"pizza\",\"version\":\"2025.1\",\"decisions\":"
              + "[{\"attribute\":\"size\",\"value\":\"large\"}]}}";
      TestServer.Answer saved = a.post("/api/saved-designs", design);
      assertThat(saved.status()).as(saved.text()).isEqualTo(200);
      TestServer.Answer reopened = b.get("/api/saved-designs/" + saved.body().get("id").asText());
      assertThat(reopened.status()).isEqualTo(200);
      assertThat(reopened.body()).isEqualTo(saved.body());
    }
  }

  private static long total(TestServer server, String design) {
    TestServer.Answer price = server.post("/api/designs/price", "{\"design\":" + design + "}");
    assertThat(price.status()).as(price.text()).isEqualTo(200);
    return price.body().get("total").asLong();
  }

  private static void publish(TestServer server, String yaml, String version) {
    TestServer.Answer draft =
        server.postAs(Role.PRODUCT_MANAGER, "/api/models", upload("yaml", yaml));
    assertThat(draft.status()).as(draft.text()).isEqualTo(201);
    TestServer.Answer published =
        server.postAs(
            Role.PRODUCT_MANAGER, "/api/models/kite/versions/" + version + "/publish", "{}");
    assertThat(published.status()).as(published.text()).isEqualTo(200);
  }
}
