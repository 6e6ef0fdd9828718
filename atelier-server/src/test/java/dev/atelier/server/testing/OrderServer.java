package dev.atelier.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.ApiWiring;
import dev.atelier.server.AtelierApi;
import dev.atelier.server.ServerOptions;
import dev.atelier.server.catalogue.StoredCatalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.http.Authenticator;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Role;
import dev.atelier.server.printfile.PrintJobWorker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A real server on a random port over a given database (the demo catalogue seeded into it), whose
 * callers say who they are in test-only headers ({@code X-Test-Account: 42}, {@code X-Test-Role:
 * ADMIN}), and a client for it. Until the accounts feature provides sign-in, this stands in for it.
 * Thread-safe. Closing it stops the server, and the database only when {@link #fresh} made it.
 */
public final class OrderServer implements AutoCloseable {

  public static final String ACCOUNT = "X-Test-Account";
  public static final String ROLE = "X-Test-Role";

  /** Reads the test headers; no header: anonymous. */
  public static final Authenticator HEADERS =
      ctx -> {
        String account = ctx.header(ACCOUNT);
        if (account == null) {
          return Outcome.ok(Authenticator.Identity.ANONYMOUS);
        }
        String role = ctx.header(ROLE);
        try {
          long id = Long.parseLong(account);
          Role r = role == null ? Role.CUSTOMER : Role.valueOf(role.toUpperCase(Locale.ROOT));
          return Outcome.ok(
              new Authenticator.Identity(new Principal(id, "user" + id + "@test", r, true)));
        } catch (IllegalArgumentException e) {
          return Outcome.rejected(
              Problem.of(401, "unauthenticated", "Bad test identity", account, ACCOUNT));
        }
      };

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public final AtelierServer server;

  /** The server's catalogue. */
  public final StoredCatalogue catalogue;

  private final Database database;
  private final boolean ownsDatabase;

  /** An answer: status and the exact body text (parsed as JSON). */
  public record Answer(int status, String text, JsonNode body) {}

  public OrderServer(Database database) {
    this(database, false, Clock.systemUTC());
  }

  /** A server on {@code database} whose catalogue reads the time from {@code clock}. */
  public OrderServer(Database database, Clock clock) {
    this(database, false, clock);
  }

  /** A server over a fresh database of {@code kind}, which it closes with itself. */
  public static OrderServer fresh(TestDatabases.Kind kind) {
    return new OrderServer(TestDatabases.fresh(kind), true, Clock.systemUTC());
  }

  /**
   * A server over a fresh database of {@code kind}, which it closes, reading time from {@code
   * clock}.
   */
  public static OrderServer fresh(TestDatabases.Kind kind, Clock clock) {
    return new OrderServer(TestDatabases.fresh(kind), true, clock);
  }

  private OrderServer(Database database, boolean ownsDatabase, Clock clock) {
    this.database = database;
    this.ownsDatabase = ownsDatabase;
    catalogue = StoredCatalogue.open(database, clock);
    server =
        AtelierApi.start(
            ApiWiring.of(
                    catalogue,
                    database,
                    ServerOptions.defaults(0)
                        .withAddress("127.0.0.1", 0)
                        .withEngineBudget(Duration.ofSeconds(10))
                        .withReasonsBudget(Duration.ZERO))
                .withAuthenticator(HEADERS));
  }

  /**
   * Renders every print file due now, in this thread (what the background {@link PrintJobWorker} of
   * a served instance does): tests wait for print files with this, never by sleeping. Returns the
   * number of jobs rendered.
   */
  public int renderPrintFiles() {
    try (PrintJobWorker worker =
        new PrintJobWorker(database.jdbi(), catalogue, Clock.systemUTC(), 1)) {
      return worker.drain();
    }
  }

  /** GET {@code path} as {@code account} (a customer; null: anonymous). */
  public Answer get(String path, Long account) {
    return get(path, account, Role.CUSTOMER);
  }

  public Answer get(String path, Long account, Role role) {
    return send(request(path, account, role).GET());
  }

  /** DELETE {@code path} as customer {@code account} (null: anonymous). */
  public Answer delete(String path, Long account) {
    return send(request(path, account, Role.CUSTOMER).DELETE());
  }

  /** POST {@code json} to {@code path} as customer {@code account} with idempotency {@code key}. */
  public Answer post(String path, Long account, String key, String json) {
    return post(path, account, key, "application/json", json);
  }

  /** POST {@code json} to {@code path} as {@code account} in {@code role}, without a key. */
  public Answer postAs(String path, Long account, Role role, String json) {
    return send(
        request(path, account, role)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json"));
  }

  /** POST {@code body} of {@code contentType} (null: none) as {@code account} with {@code key}. */
  public Answer post(String path, Long account, String key, String contentType, String body) {
    HttpRequest.Builder b =
        request(path, account, Role.CUSTOMER).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    return send(b);
  }

  /** The database this server runs on. */
  public Database database() {
    return database;
  }

  /** Places an order of {@code quantity} cheapest {@code product}s as {@code account}. */
  public Answer placeCheapest(long account, String key, String product, long quantity) {
    return post("/api/orders", account, key, orderBody(completeDesign(product), quantity));
  }

  /** A complete, valid design of {@code product}: the engine's cheapest completion. */
  public JsonNode completeDesign(String product) {
    ObjectNode design = TestServer.JSON.createObjectNode();
    design
        .put("product", product)
        .put("version", TestServer.CATALOGUE.current(product).orElseThrow().version())
        .putArray("decisions");
    ObjectNode request = TestServer.JSON.createObjectNode();
    request.set("design", withFacts(design));
    request.put("objective", "cheapest");
    Answer completed = post("/api/designs/complete", null, null, request.toString());
    if (completed.status() != 200) {
      throw new IllegalStateException("cannot complete " + product + ": " + completed.text());
    }
    return completed.body().get("design");
  }

  /** The cheapest sneakers of size 42 with the text attribute {@code text} decided "given". */
  public JsonNode sneakersWithText(String text) {
    String version = TestServer.CATALOGUE.current("sneakers").orElseThrow().version();
    Answer completed =
        post(
            "/api/designs/complete",
            null,
            null,
            "{\"design\":{\"product\":\"sneakers\",\"version\":\""
                + version
                + "\",\"decisions\":[{\"attribute\":\"size\",\"value\":\"42\"},"
                + "{\"attribute\":\""
                + text
                + "\",\"value\":\"given\"}]},"
                + "\"objective\":\"cheapest\"}");
    if (completed.status() != 200) {
      throw new IllegalStateException(
          "cannot complete sneakers with " + text + ": " + completed.text());
    }
    return completed.body().get("design");
  }

  /**
   * {@code design} with each customer fact of its product given (the middle of the values still
   * offered): completion never decides a fact, the customer does.
   */
  public JsonNode withFacts(JsonNode design) {
    String product = design.get("product").asText();
    JsonNode detail =
        get("/api/products/" + product + "/versions/" + design.get("version").asText(), null)
            .body();
    java.util.Set<String> artwork = new java.util.HashSet<>();
    detail
        .path("printAreas")
        .forEach(p -> p.get("attributes").forEach(a -> artwork.add(a.asText())));
    List<String> facts = new ArrayList<>();
    detail.get("facts").forEach(f -> facts.add(f.get("attribute").asText()));
    facts.removeAll(artwork); // the artwork's facts: set by the design surface, never asked for
    return TestFacts.give(design, facts, (path, json) -> post(path, null, null, json).body());
  }

  /** An order request body for {@code design} and {@code quantity}. */
  public static String orderBody(JsonNode design, long quantity) {
    return orderBody(design, quantity, Map.of());
  }

  /**
   * An order request body for {@code design}, {@code quantity} and personalization {@code texts}
   * (none: no {@code texts} field).
   */
  public static String orderBody(JsonNode design, long quantity, Map<String, String> texts) {
    ObjectNode body = TestServer.JSON.createObjectNode();
    body.set("design", design);
    body.put("quantity", quantity);
    if (!texts.isEmpty()) {
      texts.forEach(body.putObject("texts")::put);
    }
    return body.toString();
  }

  private HttpRequest.Builder request(String path, Long account, Role role) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(60));
    if (account != null) {
      b.header(ACCOUNT, account.toString()).header(ROLE, role.name());
    }
    return b;
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body;
      try {
        body = TestServer.JSON.readTree(r.body());
      } catch (IOException e) {
        body = TestServer.JSON.getNodeFactory().textNode(r.body());
      }
      return new Answer(r.statusCode(), r.body(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    if (ownsDatabase) {
      database.close();
    }
  }
}
