package dev.atelier.server.studio;

import static dev.atelier.server.testing.StudioCalls.KITE_VERSIONS;
import static dev.atelier.server.testing.StudioCalls.PM;
import static dev.atelier.server.testing.StudioCalls.pm;
import static dev.atelier.server.testing.StudioCalls.publishFirst;
import static dev.atelier.server.testing.StudioCalls.version;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.AtOnce;
import dev.atelier.server.testing.MutableClock;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A roll back scheduled for a date: until then the current version stays current (and says when its
 * offer ends) and the retired one is scheduled; from then the retired one is current again. On H2
 * and PostgreSQL, with the catalogue's clock moved by the test. Of concurrent roll backs of one
 * version, one wins and the others are 409 conflicts with no audit entry.
 */
class ScheduledRollbackTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aRollBackAtADateTakesEffectThen(TestDatabases.Kind kind) {
    MutableClock clock = new MutableClock(Instant.parse("2027-03-01T10:00:00Z"));
    try (OrderServer server = OrderServer.fresh(kind, clock)) {
      publishFirst(server, "kite", StudioApiTest.kite("1"));
      assertThat(pm(server, KITE_VERSIONS + "1/drafts", "{\"version\":\"2\"}").status())
          .isEqualTo(201);
      clock.advance(Duration.ofMinutes(1));
      OrderServer.Answer early =
          pm(server, KITE_VERSIONS + "2/publish", "{\"effectiveFrom\":\"2027-02-01\"}");
      assertThat(early.status()).as(early.text()).isEqualTo(400);
      assertThat(early.text()).contains("effectiveFrom");
      OrderServer.Answer endedEarly =
          pm(server, KITE_VERSIONS + "2/publish", "{\"previousEffectiveTo\":\"2027-02-01\"}");
      assertThat(endedEarly.status()).as(endedEarly.text()).isEqualTo(400);
      assertThat(endedEarly.text()).contains("previousEffectiveTo");
      assertThat(pm(server, KITE_VERSIONS + "2/publish", "{}").status()).isEqualTo(200);
      clock.advance(Duration.ofMinutes(1));

      OrderServer.Answer past = pm(server, KITE_VERSIONS + "2/rollback", "{}");
      assertThat(past.status()).as(past.text()).isEqualTo(409);
      OrderServer.Answer bad =
          pm(server, KITE_VERSIONS + "1/rollback", "{\"effectiveFrom\":\"soon\"}");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.text()).contains("effectiveFrom");

      OrderServer.Answer scheduled =
          pm(server, KITE_VERSIONS + "1/rollback", "{\"effectiveFrom\":\"2027-03-10\"}");
      assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
      assertThat(status(scheduled.body(), "1")).isEqualTo("scheduled");
      assertThat(status(scheduled.body(), "2")).isEqualTo("current");
      assertThat(version(scheduled.body(), "2").get("effectiveTo").asText())
          .isEqualTo("2027-03-10T00:00:00Z");
      assertThat(latest(server)).isEqualTo("2");

      clock.advance(Duration.ofDays(9));
      JsonNode after = server.get("/api/studio/products", PM, Role.PRODUCT_MANAGER).body();
      JsonNode kite = null;
      for (JsonNode p : after.get("products")) {
        if (p.get("id").asText().equals("kite")) {
          kite = p;
        }
      }
      assertThat(kite).isNotNull();
      assertThat(status(kite, "1")).isEqualTo("current");
      assertThat(status(kite, "2")).isEqualTo("retired");
      assertThat(latest(server)).isEqualTo("1");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  @Tag("slow")
  void ofConcurrentRollBacksOneWinsAndTheOthersAreConflicts(TestDatabases.Kind kind)
      throws InterruptedException, ExecutionException {
    MutableClock clock = new MutableClock(Instant.parse("2027-03-01T10:00:00Z"));
    try (OrderServer server = OrderServer.fresh(kind, clock)) {
      publishFirst(server, "kite", StudioApiTest.kite("1"));
      assertThat(pm(server, KITE_VERSIONS + "1/drafts", "{\"version\":\"2\"}").status())
          .isEqualTo(201);
      clock.advance(Duration.ofMinutes(1));
      assertThat(pm(server, KITE_VERSIONS + "2/publish", "{}").status()).isEqualTo(200);
      clock.advance(Duration.ofMinutes(1));

      List<Integer> answers =
          AtOnce.run(16, i -> pm(server, KITE_VERSIONS + "1/rollback", "{}").status());
      assertThat(answers).containsOnly(200, 409).containsOnlyOnce(200);
      List<String> rollbacks =
          TestServer.each(
              server.get("/api/studio/audit?product=kite", PM, Role.ADMIN).body().get("entries"),
              e -> e.get("action").asText());
      assertThat(rollbacks.stream().filter("rollback"::equals)).hasSize(1);
      assertThat(latest(server)).isEqualTo("1");
    }
  }

  private static String latest(OrderServer server) {
    return server.get("/api/products/kite", 3L).body().get("latest").asText();
  }

  private static String status(JsonNode product, String version) {
    return version(product, version).get("status").asText();
  }
}
