package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.ServerOptions;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile clients at the transport (issue 13, items 1 and 9): bodies sent a byte at a time hold no
 * worker thread and are cut off, one address cannot hold more than its connections, every response
 * carries the security headers, and what Jetty refuses by itself is answered as problem+json.
 */
class TransportLimitsTest {

  private static final String DOMAINS_HEAD =
      "POST /api/designs/domains HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: 60000\r\n\r\n{";

  private static TestServer shared;

  @BeforeAll
  static void start() {
    shared = server(Limits.defaults().withRates(3, 3));
  }

  @AfterAll
  static void stop() {
    shared.close();
  }

  private static TestServer server(Limits limits) {
    return new TestServer(ServerOptions.defaults(0).withLimits(limits), TestServer.HEADER_AUTH);
  }

  @Test
  void slowBodiesHoldNoThreadAndAreCutOff() throws IOException {
    Limits limits =
        Limits.defaults()
            .withConnectionsPerAddress(1000)
            .withBodyTimes(Duration.ofMillis(500), 1024, Duration.ofSeconds(3));
    List<Socket> slow = new ArrayList<>();
    try (TestServer server = server(limits)) {
      try {
        // More slow bodies than Jetty has worker threads (250): before, they held them all.
        for (int i = 0; i < 300; i++) {
          Socket s = RawHttp.open(server.server.port(), null);
          s.getOutputStream().write(DOMAINS_HEAD.getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
          slow.add(s);
        }
        TestServer.Answer products = server.get("/api/products");
        assertThat(products.status()).isEqualTo(200);

        RawHttp.Response cut = RawHttp.read(slow.get(0).getInputStream());
        assertThat(cut.status()).isEqualTo(408);
        assertThat(cut.header("Content-Type")).startsWith("application/problem+json");
        assertThat(cut.header("Connection")).isEqualTo("close");
        assertThat(cut.body()).contains("/problems/body-too-slow");
      } finally {
        for (Socket s : slow) {
          s.close();
        }
      }
      assertThat(server.get("/api/products").status()).isEqualTo(200);
    }
  }

  @Test
  void oneAddressHoldsAtMostItsConnections() throws IOException {
    try (TestServer server = server(Limits.defaults().withConnectionsPerAddress(3))) {
      int port = server.server.port();
      List<Socket> held = new ArrayList<>();
      try {
        for (int i = 0; i < 3; i++) {
          Socket s = RawHttp.open(port, null);
          held.add(s);
          assertThat(keepAliveGet(s).status()).isEqualTo(200);
        }
        assertThat(status(port)).as("a fourth connection").isEqualTo(-1);
        held.remove(0).close();
        int status = -1;
        for (int attempt = 0; attempt < 5000 && status != 200; attempt++) {
          status = status(port); // the close is counted asynchronously
        }
        assertThat(status).as("a connection once one closed").isEqualTo(200);
      } finally {
        for (Socket s : held) {
          s.close();
        }
      }
    }
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    TestServer server = shared;
    for (String path :
        List.of("/", "/p/bicycle", "/js/main.js", "/api/products", "/api/nowhere", "/x.html")) {
      HttpResponse<String> r =
          TestServer.exchange(HttpRequest.newBuilder(server.uri(path)).build());
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).isPresent();
      if (path.startsWith("/api")) {
        assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
      }
    }
  }

  @Test
  void jettysOwnRefusalsAreProblems() {
    TestServer server = shared;
    int port = server.server.port();
    RawHttp.Response headers =
        RawHttp.exchange(
            port,
            "GET /api/products HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
    RawHttp.Response uri = RawHttp.exchange(port, RawHttp.get("/api/%zz"));
    String chunk = Integer.toHexString(70_000) + "\r\n" + "{".repeat(70_000) + "\r\n0\r\n\r\n";
    RawHttp.Response large =
        RawHttp.exchange(
            port,
            "POST /api/designs/domains HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + chunk);
    assertThat(List.of(headers.status(), uri.status(), large.status()))
        .containsExactly(431, 400, 413);
    for (RawHttp.Response r : List.of(headers, uri, large)) {
      assertThat(r.header("Content-Type")).as(r.headers()).startsWith("application/problem+json");
      assertThat(r.body()).contains("\"status\":" + r.status());
    }
  }

  @Test
  void aBadlyEncodedPathIsAProblemNamingThePath() {
    int port = shared.server.port();
    List<String> paths =
        List.of(
            "/api/orders/%00/delivery",
            "/api/production-orders/by-order/7%00",
            "/api/x%zz",
            "/api/%C0%AF",
            "/api/%ED%A0%80",
            "/api/orders/%FF/delivery",
            "/api/a%",
            "/api/a%0");
    for (String path : paths) {
      RawHttp.Response r = RawHttp.exchange(port, RawHttp.get(path));
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.header("Content-Type")).as(path).startsWith("application/problem+json");
      assertThat(r.body()).as(path).contains("\"field\":\"path\"").contains("the path");
    }
    RawHttp.Response fine = RawHttp.exchange(port, RawHttp.get("/api/products/%6Aeans"));
    assertThat(fine.status()).isNotEqualTo(400);
  }

  @Test
  void onlyTheClientRoutesAnswerThePageShell() {
    TestServer server = shared;
    for (String path : List.of("/psw4j.properties", "/db/x", "/demo/bicycle.yaml", "/px")) {
      TestServer.Answer a = server.get(path);
      assertThat(a.status()).as(path).isEqualTo(404);
      assertThat(a.contentType()).as(path).startsWith("application/problem+json");
    }
    assertThat(server.get("/p/bicycle").text()).contains("/js/main.js");
    assertThat(server.get("/d/k3J9xQ2a").text()).contains("/js/main.js");
  }

  @Test
  void jsonRoutesRefuseOtherMediaTypes() {
    TestServer server = shared;
    HttpResponse<String> r =
        TestServer.exchange(
            HttpRequest.newBuilder(server.uri("/api/wishes/1"))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"resolution\":\"x\"}"))
                .header("Content-Type", "text/plain")
                .header(TestServer.ROLE_HEADER, "PRODUCT_MANAGER")
                .build());
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void wishesAndDesignEventsAreLimitedPerAddress() {
    TestServer server = shared;
    String wish =
        "{\"session\":\"rate-session-1\",\"product\":\"pizza\",\"version\":\"2025.1\","
            + "\"attribute\":\"crust\",\"text\":\"Sourdough crust\"}";
    String events =
        "{\"session\":\"rate-session-1\",\"events\":[{\"kind\":\"abandonment\","
            + "\"product\":\"pizza\",\"version\":\"2025.1\"}]}";
    List<Integer> wishes = new ArrayList<>();
    List<Integer> batches = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      wishes.add(server.post("/api/wishes", wish).status());
      batches.add(server.post("/api/design-events", events).status());
    }
    assertThat(wishes).containsExactly(201, 201, 201, 429);
    assertThat(batches).containsExactly(202, 202, 202, 429);
    TestServer.Answer refused = server.post("/api/wishes", wish);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body().get("type").asText()).isEqualTo("/problems/too-many-requests");
    // Reads are not limited.
    assertThat(server.get("/api/products").status()).isEqualTo(200);
  }

  private static RawHttp.Response keepAliveGet(Socket s) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(
        "GET /api/products HTTP/1.1\r\nHost: localhost\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return RawHttp.read(s.getInputStream());
  }

  /** The status of a GET on a new connection; -1 when the server closed it unanswered. */
  private static int status(int port) {
    try {
      return RawHttp.exchange(port, RawHttp.get("/api/products")).status();
    } catch (UncheckedIOException e) {
      return -1;
    }
  }
}
