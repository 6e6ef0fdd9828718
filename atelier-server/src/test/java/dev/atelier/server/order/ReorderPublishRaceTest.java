package dev.atelier.server.order;

import static dev.atelier.server.testing.StudioCalls.KITE_VERSIONS;
import static dev.atelier.server.testing.StudioCalls.kiteOrder;
import static dev.atelier.server.testing.StudioCalls.pm;
import static dev.atelier.server.testing.StudioCalls.publishFirst;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.catalogue.ModelCatalogueTest;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.AtOnce;
import dev.atelier.server.testing.MutableClock;
import dev.atelier.server.testing.OrderServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A reorder sent while the product manager publishes the next version: the reorder is placed, on
 * the version offered before or after the publication, never refused because the version it was
 * moved onto ended meanwhile, and never a 5xx. H2 and PostgreSQL.
 */
@Tag("slow")
class ReorderPublishRaceTest {

  private static final long ALICE = 3;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aReorderRacingAPublicationIsPlaced(TestDatabases.Kind kind)
      throws InterruptedException, ExecutionException {
    MutableClock clock = new MutableClock(Instant.parse("2027-03-01T10:00:00Z"));
    try (OrderServer server = OrderServer.fresh(kind, clock)) {
      publishFirst(server, "kite", ModelCatalogueTest.kite("1"));
      long original = kiteOrder(server, ALICE, "1", "delta", "red", 1).get("id").asLong();
      for (int round = 1; round <= 6; round++) {
        String from = Integer.toString(round);
        String next = Integer.toString(round + 1);
        OrderServer.Answer draft =
            pm(server, KITE_VERSIONS + from + "/drafts", "{\"version\":\"" + next + "\"}");
        assertThat(draft.status()).as(draft.text()).isEqualTo(201);
        clock.advance(Duration.ofMinutes(1));
        String key = "race-" + round;
        List<OrderServer.Answer> answers =
            AtOnce.run(
                2,
                i ->
                    i == 0
                        ? pm(server, KITE_VERSIONS + next + "/publish", "{}")
                        : server.post("/api/orders/" + original + "/reorder", ALICE, key, "{}"));
        assertThat(answers.get(0).status()).as(answers.get(0).text()).isEqualTo(200);
        OrderServer.Answer reorder = answers.get(1);
        assertThat(reorder.status()).as("round " + round + ": " + reorder.text()).isEqualTo(201);
        assertThat(reorder.body().get("version").asText()).isIn(from, next);
      }
    }
  }
}
