package dev.atelier.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.order.OrderFlowTest;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestImages;
import dev.atelier.server.testing.TestServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A server whose pool (two connections) is held by the test: every route that needs the database
 * (the idempotency-key lookup before an order, uploads, sign-in, saved designs, orders, the studio)
 * answers 503 {@code busy} as problem+json with {@code Retry-After}, and nothing of those requests
 * is kept; once the connection is back, the same requests succeed.
 */
@Tag("slow")
class DatabaseBusyTest {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private record Reply(int status, String type, String retryAfter, String contentType) {}

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void everyRouteAnswersBusyWhileThePoolIsExhausted(TestDatabases.Kind kind)
      throws SQLException, IOException {
    try (Database db = poolOfOne(kind);
        OrderServer server = new OrderServer(db)) {
      String order = OrderServer.orderBody(server.completeDesign("sneakers"), 1);
      Map<String, HttpRequest> requests = requests(server.server.port(), order);
      Map<String, Reply> held = new LinkedHashMap<>();
      try (Connection taken = take(db);
          Connection alsoTaken = take(db)) {
        List<CompletableFuture<Reply>> sent = new ArrayList<>();
        requests.values().forEach(r -> sent.add(CompletableFuture.supplyAsync(() -> send(r))));
        List<String> names = new ArrayList<>(requests.keySet());
        for (int i = 0; i < names.size(); i++) {
          held.put(names.get(i), sent.get(i).join());
        }
        assertThat(taken.isValid(1) && alsoTaken.isValid(1)).isTrue();
      }
      held.forEach(
          (route, reply) -> {
            assertThat(reply.status()).as(route).isEqualTo(503);
            assertThat(reply.type()).as(route).isEqualTo("/problems/busy");
            assertThat(reply.retryAfter()).as(route).isEqualTo("1");
            assertThat(reply.contentType()).as(route).startsWith("application/problem+json");
          });
      assertThat(OrderFlowTest.orders(db)).as("orders kept while busy").isZero();
      assertThat(count(db, "SELECT COUNT(*) FROM upload_blobs")).as("uploads kept").isZero();

      Map<String, Reply> after = new LinkedHashMap<>();
      requests.forEach((route, r) -> after.put(route, send(r)));
      assertThat(after.get("order").status()).isEqualTo(201);
      assertThat(after.get("upload").status()).isEqualTo(201);
      assertThat(after.get("sign-in").status()).isEqualTo(401);
      assertThat(after.get("own designs").status()).isEqualTo(200);
      assertThat(after.get("foreign order").status()).isEqualTo(404);
      assertThat(OrderFlowTest.orders(db)).isEqualTo(1);
    }
  }

  private static Database poolOfOne(TestDatabases.Kind kind) {
    String url =
        kind == TestDatabases.Kind.H2
            ? "jdbc:h2:mem:busy-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"
            : TestDatabases.freshPostgresUrl();
    String user = kind == TestDatabases.Kind.H2 ? null : "postgres";
    // Two connections: Flyway needs two to migrate.
    return Database.open(url, user, null, 2, Duration.ofMillis(250));
  }

  /** A connection of the pool, waited for while a background loop has it for a moment. */
  private static Connection take(Database db) throws SQLException {
    for (int attempt = 0; ; attempt++) {
      try {
        return db.connection();
      } catch (SQLTransientConnectionException e) {
        if (attempt == 20) {
          throw e;
        }
      }
    }
  }

  private static Map<String, HttpRequest> requests(int port, String order) {
    Map<String, HttpRequest> r = new LinkedHashMap<>();
    r.put("order", json(port, "/api/orders", order).header("Idempotency-Key", "busy-1").build());
    r.put(
        "upload",
        request(port, "/api/uploads")
            .header("Content-Type", "image/png")
            .POST(HttpRequest.BodyPublishers.ofByteArray(png()))
            .build());
    r.put(
        "sign-in",
        request(port, "/api/session")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"email\":\"nobody@example.com\",\"password\":\"long enough password\"}"))
            .build());
    r.put("own designs", request(port, "/api/account/designs").GET().build());
    r.put("foreign order", request(port, "/api/orders/999").GET().build());
    return r;
  }

  private static HttpRequest.Builder json(int port, String path, String body) {
    return request(port, path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpRequest.Builder request(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header(OrderServer.ACCOUNT, "7");
  }

  private static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      String type = "";
      try {
        type = TestServer.JSON.readTree(r.body()).path("type").asText();
      } catch (IOException e) {
        type = "(not JSON) " + r.body();
      }
      return new Reply(
          r.statusCode(),
          type,
          r.headers().firstValue("Retry-After").orElse(""),
          r.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] png() {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 4, 0xff0000);
    return TestImages.png(image);
  }

  private static long count(Database db, String sql) throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
