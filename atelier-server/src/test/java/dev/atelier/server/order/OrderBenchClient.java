package dev.atelier.server.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.catalogue.StoredCatalogue;
import dev.atelier.server.testing.OrderServer;
import dev.atelier.server.testing.TestFacts;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's HTTP client: signs in, makes designs to order and places orders. Thread-safe. */
final class OrderBenchClient {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  record Session(String cookie, String csrf) {}

  OrderBenchClient(String base) {
    this.base = base;
  }

  Session signIn(String email, String password) throws IOException, InterruptedException {
    HttpResponse<String> r =
        send(
            post("/api/session")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")));
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    return new Session(
        setCookie.substring(0, setCookie.indexOf(';')),
        TestServer.JSON.readTree(r.body()).get("csrfToken").asText());
  }

  /**
   * The cheapest complete design of {@code product} with each customer fact given first (the middle
   * of the values still offered), as {@link OrderServer#withFacts} does: completion never decides a
   * fact, the customer does.
   */
  JsonNode complete(StoredCatalogue catalogue, String product)
      throws IOException, InterruptedException {
    ObjectNode design = TestServer.JSON.createObjectNode();
    design
        .put("product", product)
        .put("version", catalogue.current(product).orElseThrow().version())
        .putArray("decisions");
    ObjectNode request = TestServer.JSON.createObjectNode();
    request.set("design", withFacts(design));
    request.put("objective", "cheapest");
    return postJson("/api/designs/complete", request.toString()).get("design");
  }

  private JsonNode withFacts(JsonNode design) throws IOException, InterruptedException {
    JsonNode detail =
        getJson(
            "/api/products/"
                + design.get("product").asText()
                + "/versions/"
                + design.get("version").asText());
    List<String> facts = new ArrayList<>();
    detail.get("facts").forEach(f -> facts.add(f.get("attribute").asText()));
    return TestFacts.give(design, facts, this::postUnchecked);
  }

  private JsonNode postUnchecked(String path, String json) {
    try {
      return postJson(path, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * POSTs {@code json} to {@code path}; a 503 (the engine's deadline passed, as it may on a cold
   * and busy machine) is retried a few times.
   */
  private JsonNode postJson(String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> r = send(post(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    for (int retry = 0; retry < 10 && r.statusCode() == 503; retry++) {
      Thread.sleep(500);
      r = send(post(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }
    return ok(r);
  }

  private JsonNode getJson(String path) throws IOException, InterruptedException {
    return ok(
        send(
            HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET()));
  }

  private static JsonNode ok(HttpResponse<String> r) throws IOException {
    if (r.statusCode() != 200) {
      throw new IllegalStateException(r.request().uri() + ": " + r.statusCode() + " " + r.body());
    }
    return TestServer.JSON.readTree(r.body());
  }

  /** A connection of its own for one client thread. */
  BenchHttp connect() throws IOException {
    URI uri = URI.create(base);
    return new BenchHttp(uri.getHost(), uri.getPort());
  }

  BenchHttp.Response order(BenchHttp http, Session s, String key, String body) throws IOException {
    return http.post(
        "/api/orders",
        body,
        "Idempotency-Key: " + key,
        "Cookie: " + s.cookie(),
        "X-CSRF-Token: " + s.csrf());
  }

  /** Uploads {@code png} as {@code s}'s customer; the upload's id. */
  String upload(Session s, byte[] png) throws IOException, InterruptedException {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/uploads"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "image/png")
                .header("Cookie", s.cookie())
                .header("X-CSRF-Token", s.csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(png)));
    if (r.statusCode() != 201) {
      throw new IllegalStateException("upload: " + r.statusCode() + " " + r.body());
    }
    return TestServer.JSON.readTree(r.body()).get("id").asText();
  }

  private HttpRequest.Builder post(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json");
  }

  private HttpResponse<String> send(HttpRequest.Builder b)
      throws IOException, InterruptedException {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
