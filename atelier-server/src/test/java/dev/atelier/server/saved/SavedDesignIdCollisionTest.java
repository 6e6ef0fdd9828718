package dev.atelier.server.saved;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.engine.result.Deadline;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.DesignCheck;
import dev.atelier.server.design.DesignService;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.http.Authenticator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** When a drawn id is taken, the database refuses it and the route draws another. */
class SavedDesignIdCollisionTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aTakenIdIsRedrawn(TestDatabases.Kind kind) throws IOException, InterruptedException {
    try (Database db = TestDatabases.fresh(kind)) {
      JdbiSavedDesigns jdbi = new JdbiSavedDesigns(db);
      List<String> tried = new ArrayList<>();
      // Every first attempt reuses an id already in the table, as a collision would.
      SavedDesigns colliding =
          new SavedDesigns() {
            private SavedDesign first;

            @Override
            public synchronized boolean insert(SavedDesign design) {
              tried.add(design.id());
              if (first == null) {
                first = design;
                return jdbi.insert(design);
              }
              SavedDesign copy =
                  tried.size() % 2 == 0
                      ? new SavedDesign(
                          first.id(), design.design(), design.price(), design.savedAt())
                      : design;
              return jdbi.insert(copy);
            }

            @Override
            public Optional<SavedDesign> find(String id) {
              return jdbi.find(id);
            }

            @Override
            public List<SavedDesign> ofOwner(long owner, DesignCursor after, int most) {
              return jdbi.ofOwner(owner, after, most);
            }

            @Override
            public boolean rename(String id, long owner, String name) {
              return jdbi.rename(id, owner, name);
            }

            @Override
            public boolean delete(String id, long owner) {
              return jdbi.delete(id, owner);
            }
          };
      Catalogue catalogue = Catalogue.demos(Deadline.inMillis(60_000));
      DesignService service = new DesignService(Duration.ofSeconds(5), Duration.ofMillis(100), 16);
      SavedDesignRoutes routes =
          new SavedDesignRoutes(new DesignCheck(catalogue, service), colliding, Clock.systemUTC());
      try (AtelierServer server =
          AtelierServer.start("127.0.0.1", 0, routes.routes(), 64 * 1024, Authenticator.NOBODY)) {
        String body =
            "{\"design\":{\"product\":\"pizza\",\"version\":\"2025.1\",\"decisions\":[]}}";
        JsonNode a = save(server, body);
        JsonNode b = save(server, body);
        assertThat(tried).hasSize(3);
        assertThat(b.get("id").asText()).isNotEqualTo(a.get("id").asText()).isEqualTo(tried.get(2));
        assertThat(jdbi.find(a.get("id").asText())).isPresent();
        assertThat(jdbi.find(b.get("id").asText())).isPresent();
      }
    }
  }

  private static JsonNode save(AtelierServer server, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/saved-designs"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new ObjectMapper().readTree(r.body());
  }
}
