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
 * Publications of one product are serial and end each other: two drafts published "now" at once
 * leave one version offered, and scheduled versions end their predecessors in date order rather
 * than each moving the current version's end. Dates beyond the horizon are refused. H2 and
 * PostgreSQL.
 */
@Tag("slow")
class PublishSuccessionTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void concurrentPublicationsLeaveOneVersionOffered(TestDatabases.Kind kind)
      throws InterruptedException, ExecutionException {
    MutableClock clock = new MutableClock(Instant.parse("2027-03-01T10:00:00Z"));
    try (OrderServer server = OrderServer.fresh(kind, clock)) {
      publishFirst(server, "kite", StudioApiTest.kite("1"));
      for (int round = 1; round <= 4; round++) {
        String a = round + "a";
        String b = round + "b";
        assertThat(draft(server, a).status()).isEqualTo(201);
        assertThat(draft(server, b).status()).isEqualTo(201);
        clock.advance(Duration.ofMinutes(1));
        List<Integer> answers =
            AtOnce.run(
                2, i -> pm(server, KITE_VERSIONS + (i == 0 ? a : b) + "/publish", "{}").status());
        assertThat(answers).as("round " + round).containsOnly(200);
        assertThat(offered(server)).as("round " + round).hasSize(1);
      }
      clock.advance(Duration.ofDays(1));
      assertThat(offered(server)).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void scheduledVersionsEndEachOtherInDateOrder(TestDatabases.Kind kind) {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    try (OrderServer server = OrderServer.fresh(kind, clock)) {
      publishFirst(server, "kite", StudioApiTest.kite("1"));
      for (String v : List.of("2", "3", "4", "5")) {
        assertThat(draft(server, v).status()).isEqualTo(201);
      }
      clock.advance(Duration.ofMinutes(1));
      assertThat(publish(server, "2", "2026-12-31").status()).isEqualTo(200);
      assertThat(publish(server, "3", "2027-01-01").status()).isEqualTo(200);
      for (String far : List.of("+999999999-12-31", "9999-12-31", "2037-01-01")) {
        OrderServer.Answer refused = publish(server, "4", far);
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.body().get("field").asText()).isEqualTo("effectiveFrom");
      }
      assertThat(publish(server, "5", "2026-12-20").status()).isEqualTo(200);

      JsonNode kite = kite(server);
      assertThat(end(kite, "1")).isEqualTo("2026-12-20T00:00:00Z");
      assertThat(end(kite, "5")).isEqualTo("2026-12-31T00:00:00Z");
      assertThat(end(kite, "2")).isEqualTo("2027-01-01T00:00:00Z");
      assertThat(
              version(kite, "3").path("effectiveTo").isMissingNode()
                  || version(kite, "3").path("effectiveTo").isNull())
          .as(kite.toString())
          .isTrue();
      assertThat(offered(server)).containsExactly("1");
      clock.advance(Duration.ofDays(14));
      assertThat(offered(server)).containsExactly("5");
      clock.advance(Duration.ofDays(10));
      assertThat(offered(server)).containsExactly("2");
      clock.advance(Duration.ofDays(1));
      assertThat(offered(server)).containsExactly("3");
    }
  }

  private static OrderServer.Answer draft(OrderServer server, String v) {
    return pm(server, KITE_VERSIONS + "1/drafts", "{\"version\":\"" + v + "\"}");
  }

  private static OrderServer.Answer publish(OrderServer server, String v, String from) {
    return pm(server, KITE_VERSIONS + v + "/publish", "{\"effectiveFrom\":\"" + from + "\"}");
  }

  private static List<String> offered(OrderServer server) {
    return TestServer.each(
        server.get("/api/products/kite", 3L).body().get("versions"), JsonNode::asText);
  }

  private static JsonNode kite(OrderServer server) {
    JsonNode all = server.get("/api/studio/products", PM, Role.PRODUCT_MANAGER).body();
    for (JsonNode p : all.get("products")) {
      if (p.get("id").asText().equals("kite")) {
        return p;
      }
    }
    throw new AssertionError("no kite in " + all);
  }

  private static String end(JsonNode kite, String v) {
    return version(kite, v).path("effectiveTo").asText();
  }
}
