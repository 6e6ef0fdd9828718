package dev.atelier.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.ServerOptions;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.http.Limits;
import dev.atelier.server.http.WorkGate;
import dev.atelier.server.testing.HeaderAccounts;
import dev.atelier.server.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two ways an upload is turned away for the server's sake rather than the file's, on H2 and
 * PostgreSQL: too many from one address in a minute (429 with Retry-After) and every decoder busy
 * with too many waiting or the wait over (503 {@code busy}); either way nothing is stored. The
 * limits are the test's own, so it neither waits a minute nor decodes for seconds.
 */
class UploadPaceTest {

  private static final byte[] FIRST = UploadCheckerTest.png(40, 30, false);
  private static final byte[] SECOND = UploadCheckerTest.png(41, 30, false);
  private static final byte[] THIRD = UploadCheckerTest.png(42, 30, false);
  private static final byte[] SVG =
      ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
              + "<rect width=\"5\" height=\"5\" fill=\"#c00\"/></svg>")
          .getBytes(StandardCharsets.UTF_8);

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theUploadOverTheAddressRateIs429AndStoresNothing(TestDatabases.Kind kind) {
    Limits limits =
        Limits.defaults()
            .withUploads(
                new Limits.Uploads(2, Duration.ofSeconds(120), 2, 16, Duration.ofSeconds(30)));
    try (TestServer s =
        new TestServer(
            ServerOptions.defaults(0).withLimits(limits),
            TestDatabases.fresh(kind),
            HeaderAccounts.BY_HEADER,
            Clock.systemUTC())) {
      String cookie = "atelier_uploads=" + "B".repeat(43);
      assertThat(upload(s.uri("/api/uploads"), FIRST, cookie).statusCode()).isEqualTo(201);
      assertThat(upload(s.uri("/api/uploads"), SECOND, cookie).statusCode()).isEqualTo(201);

      HttpResponse<String> third = upload(s.uri("/api/uploads"), THIRD, cookie);
      assertThat(third.statusCode()).isEqualTo(429);
      assertThat(third.headers().firstValue("Retry-After")).hasValue("60");
      assertThat(third.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(third.body())
          .contains("\"type\":\"/problems/too-many-requests\"", "\"field\":\"file\"");
      assertThat(s.get("/api/uploads/" + id(THIRD), "Cookie", cookie).status()).isEqualTo(404);
      assertThat(s.get("/api/uploads/" + id(SECOND), "Cookie", cookie).status()).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void withEveryDecoderBusyAnUploadIs503AndStoresNothing(TestDatabases.Kind kind) {
    // One decoder, held by the test; one upload may wait for it, 50 ms.
    WorkGate gate = new WorkGate(1, 1, Duration.ofMillis(50));
    try (Database db = TestDatabases.fresh(kind);
        AtelierServer server = uploadsOnly(db, gate)) {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/uploads");
      String cookie = "atelier_uploads=" + "C".repeat(43);
      assertThat(gate.enter()).isTrue();
      HttpResponse<String> busy;
      try {
        busy = upload(uri, FIRST, cookie);
      } finally {
        gate.leave();
      }
      assertThat(busy.statusCode()).isEqualTo(503);
      assertThat(busy.headers().firstValue("Retry-After")).isPresent();
      assertThat(busy.body()).contains("\"type\":\"/problems/busy\"", "\"field\":\"file\"");
      UploadStore store = new UploadStore(db);
      assertThat(store.facts(id(FIRST), null)).isEmpty();

      // The decoder free again: the same upload goes through.
      assertThat(upload(uri, FIRST, cookie).statusCode()).isEqualTo(201);
    }
  }

  @Test
  void beyondTheQueueAnUploadIsRefusedWithoutWaiting() {
    WorkGate gate = new WorkGate(1, 0, Duration.ofDays(1));
    UploadChecker checker = new UploadChecker(UploadLimits.DEFAULT, gate);
    assertThat(gate.enter()).isTrue();
    try {
      // With no place to wait, the check answers at once instead of after a day.
      assertThat(checker.check(FIRST, "image/png"))
          .isInstanceOfSatisfying(
              UploadVerdict.Refused.class, r -> assertThat(r.status()).isEqualTo(503));
    } finally {
      gate.leave();
    }
    assertThat(checker.check(FIRST, "image/png")).isInstanceOf(UploadVerdict.Accepted.class);
  }

  @Test
  void anSvgCheckTakesADecoderPlaceToo() {
    WorkGate gate = new WorkGate(1, 0, Duration.ofDays(1));
    UploadChecker checker = new UploadChecker(UploadLimits.DEFAULT, gate);
    assertThat(gate.enter()).isTrue();
    try {
      // Before session 17 an SVG was parsed whatever the gate said (its DOM unbounded in number).
      assertThat(checker.check(SVG, "image/svg+xml"))
          .isInstanceOfSatisfying(
              UploadVerdict.Refused.class, r -> assertThat(r.status()).isEqualTo(503));
    } finally {
      gate.leave();
    }
    assertThat(checker.check(SVG, "image/svg+xml")).isInstanceOf(UploadVerdict.Accepted.class);
  }

  @Test
  void concurrentUploadsBeyondTheGateAre503AndCheapRequestsStillAnswer()
      throws InterruptedException, ExecutionException {
    WorkGate gate = new WorkGate(1, 0, Duration.ofDays(1));
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2);
        AtelierServer server = uploadsOnly(db, gate)) {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/uploads");
      String cookie = "atelier_uploads=" + "D".repeat(43);
      assertThat(gate.enter()).isTrue();
      List<HttpResponse<String>> answers = new ArrayList<>();
      HttpResponse<String> cheap;
      try {
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          byte[] body = i % 2 == 0 ? SVG : UploadCheckerTest.png(50 + i, 30, false);
          String type = i % 2 == 0 ? "image/svg+xml" : "image/png";
          sent.add(clients.submit(() -> upload(uri, body, type, cookie)));
        }
        cheap =
            TestServer.exchange(
                HttpRequest.newBuilder(URI.create(uri + "/" + "0".repeat(64)))
                    .header("Cookie", cookie)
                    .build());
        for (Future<HttpResponse<String>> f : sent) {
          answers.add(f.get());
        }
      } finally {
        gate.leave();
      }
      assertThat(cheap.statusCode()).isEqualTo(404);
      assertThat(answers)
          .allSatisfy(
              a -> {
                assertThat(a.statusCode()).isEqualTo(503);
                assertThat(a.headers().firstValue("Retry-After")).isPresent();
                assertThat(a.body()).contains("\"type\":\"/problems/busy\"", "\"field\":\"file\"");
              });
      long stored =
          db.jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT COUNT(*) FROM upload_blobs").mapTo(Long.class).one());
      assertThat(stored).isZero();
      assertThat(upload(uri, SVG, "image/svg+xml", cookie).statusCode()).isEqualTo(201);
    } finally {
      clients.shutdownNow();
    }
  }

  /** A server answering only the upload routes, checking with {@code gate}. */
  private static AtelierServer uploadsOnly(Database db, WorkGate gate) {
    return AtelierServer.start(
        "127.0.0.1",
        0,
        new UploadRoutes(
                new UploadChecker(UploadLimits.DEFAULT, gate),
                new UploadStore(db),
                Clock.systemUTC(),
                60)
            .routes(),
        64 * 1024,
        TestServer.HEADER_AUTH);
  }

  /** The id {@code png} is stored under once accepted (the hash of its cleaned bytes). */
  private static String id(byte[] png) {
    return ((UploadVerdict.Accepted) new UploadChecker(UploadLimits.DEFAULT).check(png, ""))
        .sha256();
  }

  private static HttpResponse<String> upload(URI uri, byte[] png, String cookie) {
    return upload(uri, png, "image/png", cookie);
  }

  private static HttpResponse<String> upload(URI uri, byte[] body, String type, String cookie) {
    return TestServer.exchange(
        HttpRequest.newBuilder(uri)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", type)
            .header("Cookie", cookie)
            .build());
  }
}
