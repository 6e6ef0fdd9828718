package dev.atelier.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.server.analytics.DesignEventRecorder;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.testing.HeaderAccounts;
import dev.atelier.server.testing.TestServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GET /api/products/{p}/versions/{v}/counts} when the model has no compiled form: the
 * decision-DNNF of a version that is not a table model (the PC has an integer attribute, so no
 * clique tree either) is given up before anything starts it, as a compilation beyond the engine's
 * budget ends; the route answers 422 {@code too-large}, and other versions still count.
 */
@Tag("slow")
class VersionCountsTooLargeTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aModelWithoutACompiledFormIsTooLargeToCount(TestDatabases.Kind kind) {
    Catalogue catalogue = Catalogue.demos(Deadline.inMillis(60_000));
    CompiledModel pc = catalogue.find("pc", "2025.1").orElseThrow().compiled();
    assertThat(pc.tableCsp()).isEmpty();
    assertThat(pc.knowledge().decline()).isTrue();
    Database db = TestDatabases.fresh(kind);
    try (DesignEventRecorder recorder = new DesignEventRecorder(new DesignEventStore(db), 100);
        TestServer server = new TestServer(catalogue, db, HeaderAccounts.BY_HEADER, recorder)) {
      TestServer.Answer answer = server.get("/api/products/pc/versions/2025.1/counts");
      assertThat(answer.status()).as(answer.text()).isEqualTo(422);
      assertThat(answer.body().get("type").asText()).endsWith("too-large");
      assertThat(answer.text()).contains("does not compile within the engine's budget");

      TestServer.Answer bicycle = server.get("/api/products/bicycle/versions/2025.1/counts");
      for (int i = 0; i < 100 && bicycle.status() == 202; i++) {
        bicycle = server.get("/api/products/bicycle/versions/2025.1/counts");
      }
      assertThat(bicycle.status()).isEqualTo(200);
      assertThat(bicycle.body().get("status").asText()).isEqualTo("counted");
    }
  }
}
