package dev.atelier.server.studio;

import static dev.atelier.server.testing.StudioCalls.KITE_VERSIONS;
import static dev.atelier.server.testing.StudioCalls.pm;
import static dev.atelier.server.testing.StudioCalls.uploadDraft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.catalogue.StoredVersion;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.StudioCalls;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every path that publishes, rolls back or ends a version writes exactly one entry in the studio's
 * audit log: publishing through {@link Drafts} (start-up and tests), through the model API (which
 * ends the previous version's offer, as the studio does), and through the studio.
 */
@Tag("slow")
class CatalogueAuditTest {

  private static OrderServer server;

  @BeforeAll
  static void start() {
    server = OrderServer.fresh(TestDatabases.Kind.H2);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyPublishRollBackAndEndIsLoggedOnce() {
    Drafts drafts = new Drafts(server.catalogue, 60_000);
    StoredVersion v1 =
        ((Outcome.Ok<StoredVersion>) drafts.create("yaml", StudioApiTest.kite("1"), "test"))
            .value();
    assertThat(drafts.publish(v1, Instant.now(), "test")).isInstanceOf(Outcome.Ok.class);
    assertThat(audit()).containsExactly("1 publish test");

    upload("2");
    OrderServer.Answer api = pm(server, "/api/models/kite/versions/2/publish", "{}");
    assertThat(api.status()).as(api.text()).isEqualTo(200);

    upload("3");
    OrderServer.Answer studio =
        pm(server, KITE_VERSIONS + "3/publish", "{\"previousEffectiveTo\":\"2999-01-01\"}");
    assertThat(studio.status()).as(studio.text()).isEqualTo(200);

    OrderServer.Answer back = pm(server, KITE_VERSIONS + "1/rollback", "{}");
    assertThat(back.status()).as(back.text()).isEqualTo(200);

    assertThat(audit())
        .containsExactly(
            "1 rollback user7@test",
            "3 end user7@test",
            "2 end user7@test",
            "3 publish user7@test",
            "1 end user7@test",
            "2 publish user7@test",
            "1 publish test");
  }

  private static void upload(String version) {
    uploadDraft(server, StudioApiTest.kite(version));
  }

  /** The kite's audit log, newest first, as "version action actor". */
  private static List<String> audit() {
    return StudioCalls.audit(server, "kite", "actor");
  }
}
