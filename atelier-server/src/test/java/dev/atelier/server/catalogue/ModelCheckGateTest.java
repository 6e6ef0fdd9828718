package dev.atelier.server.catalogue;

import static dev.atelier.server.catalogue.ModelCatalogueTest.kite;
import static dev.atelier.server.catalogue.ModelCatalogueTest.upload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.http.WorkGate;
import dev.atelier.server.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Model uploads are checked (compiled and analysed, up to 10 s each on a request thread) only so
 * many at once: with every place taken (held by the test, as a slow model would), concurrent
 * uploads are answered 503 {@code busy} with {@code Retry-After} at once and store nothing, and a
 * cheap request still answers. Before session 17 every upload checked on its own thread, so N slow
 * models at once took N threads and N times the compiler's memory.
 */
class ModelCheckGateTest {

  @Test
  void uploadsBeyondTheChecksAre503AndStoreNothing()
      throws InterruptedException, ExecutionException {
    WorkGate checks = new WorkGate(1, 0, Duration.ofDays(1));
    ExecutorService clients = Executors.newFixedThreadPool(6);
    try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2)) {
      StoredCatalogue catalogue =
          new StoredCatalogue(new ModelStore(db), Clock.systemUTC(), new CompiledModels(4));
      try (AtelierServer server =
          AtelierServer.start(
              "127.0.0.1",
              0,
              new ModelRoutes(catalogue, 10_000, checks).routes(),
              64 * 1024,
              TestServer.HEADER_AUTH)) {
        URI models = URI.create("http://127.0.0.1:" + server.port() + "/api/models");
        assertThat(checks.enter()).isTrue();
        List<HttpResponse<String>> answers = new ArrayList<>();
        HttpResponse<String> list;
        try {
          List<Future<HttpResponse<String>>> sent = new ArrayList<>();
          for (int i = 1; i <= 6; i++) {
            String body = upload("yaml", kite(String.valueOf(i)));
            sent.add(clients.submit(() -> send(models, body)));
          }
          list = send(models, null);
          for (Future<HttpResponse<String>> f : sent) {
            answers.add(f.get());
          }
        } finally {
          checks.leave();
        }
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(answers)
            .allSatisfy(
                a -> {
                  assertThat(a.statusCode()).as(a.body()).isEqualTo(503);
                  assertThat(a.headers().firstValue("Retry-After")).isPresent();
                  assertThat(a.body()).contains("\"type\":\"/problems/busy\"");
                });
        assertThat(new ModelStore(db).find("kite", "1")).isEmpty();
        // A place free again: the same upload is checked and stored.
        assertThat(send(models, upload("yaml", kite("1"))).statusCode()).isEqualTo(201);
      }
    } finally {
      clients.shutdownNow();
    }
  }

  private static HttpResponse<String> send(URI uri, String body) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(uri).header(TestServer.ROLE_HEADER, "PRODUCT_MANAGER");
    return TestServer.exchange(
        body == null
            ? r.GET().build()
            : r.POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build());
  }
}
