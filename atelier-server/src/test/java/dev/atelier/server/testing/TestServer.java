package dev.atelier.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.engine.result.Deadline;
import dev.atelier.server.ApiWiring;
import dev.atelier.server.AtelierApi;
import dev.atelier.server.ServerOptions;
import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.analytics.DesignEventRecorder;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.StoredCatalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.PoolSettings;
import dev.atelier.server.events.WebhookTargets;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.http.Authenticator;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on a random port, on the demo catalogue seeded into its own database, and an HTTP
 * client for it. Thread-safe. A test class shares one with {@code @RegisterExtension static final
 * TestServer server = new TestServer();}: it closes after the class's last test.
 */
public final class TestServer implements AutoCloseable, AfterAllCallback {

  /** The demo catalogue in memory, compiled once, for tests that read the demo models. */
  public static final Catalogue CATALOGUE = Catalogue.demos(Deadline.inMillis(60_000));

  /** The test header naming the caller's role ({@link #HEADER_AUTH}). */
  public static final String ROLE_HEADER = "X-Test-Role";

  /**
   * Signs in whoever sends {@link #ROLE_HEADER} (a {@link Role} name) as {@code role@example.com};
   * anonymous without it; 401 for an unknown role.
   */
  public static final Authenticator HEADER_AUTH =
      ctx -> {
        String role = ctx.header(ROLE_HEADER);
        if (role == null) {
          return Outcome.ok(Authenticator.Identity.ANONYMOUS);
        }
        try {
          Role r = Role.valueOf(role);
          String email = role.toLowerCase(Locale.ROOT) + "@example.com";
          return Outcome.ok(new Authenticator.Identity(new Principal(1, email, r, true)));
        } catch (IllegalArgumentException e) {
          return Outcome.rejected(
              Problem.of(401, "unauthenticated", "Not signed in", "no role " + role, ROLE_HEADER));
        }
      };

  public static final ObjectMapper JSON = new ObjectMapper();

  /** Test servers let webhooks go to loopback, where the tests' receivers listen. */
  public static final WebhookTargets LOCAL_WEBHOOKS = WebhookTargets.allowing("127.0.0.0/8");

  /**
   * The options of a server recording design events: synthetic streams of thousands of events and
   * hundreds of wishes are replayed from one address, beyond what one client may send.
   */
  private static final ServerOptions REPLAY =
      ServerOptions.defaults(0)
          .withLimits(dev.atelier.server.http.Limits.defaults().withRates(1_000_000, 1_000_000));

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public final AtelierServer server;
  public final Database database;

  /** The catalogue in the database; null for a server on an in-memory catalogue. */
  public final StoredCatalogue catalogue;

  /** An answer: status, content type and body (JSON when it parses, else a text node). */
  public record Answer(int status, String contentType, JsonNode body, String text) {}

  public TestServer() {
    this(ServerOptions.defaults(0));
  }

  public TestServer(ServerOptions options) {
    this(options, AccountSettings.cheap());
  }

  /**
   * A server asking {@code authenticator} who calls (tests of other features pass their own); the
   * account routes are there all the same.
   */
  public TestServer(ServerOptions options, Authenticator authenticator) {
    this(Database.inMemory(), options, null, authenticator, Clock.systemUTC());
  }

  /** A server on {@code database} (closed with the server), callers told by the role header. */
  public TestServer(Database database, Clock clock) {
    this(database, ServerOptions.defaults(0), null, HEADER_AUTH, clock);
  }

  public TestServer(
      ServerOptions options, Database database, Authenticator authenticator, Clock clock) {
    this(database, options, null, authenticator, clock);
  }

  /**
   * A server on {@code database} whose account routes hash as {@code settings} say while {@code
   * authenticator} says who calls.
   */
  public TestServer(Database database, AccountSettings settings, Authenticator authenticator) {
    this(database, ServerOptions.defaults(0), settings, authenticator, Clock.systemUTC());
  }

  /** A server whose accounts behave as {@code settings} say. */
  public TestServer(AccountSettings settings) {
    this(ServerOptions.defaults(0), settings);
  }

  public TestServer(ServerOptions options, AccountSettings settings) {
    this(Database.inMemory(), options, settings, null, Clock.systemUTC());
  }

  /** A server on {@code database}, which it closes when it closes. */
  public TestServer(Database database, ServerOptions options, AccountSettings settings) {
    this(database, options, settings, null, Clock.systemUTC());
  }

  /** A server on a fresh database of {@code kind} whose callers sign in (cheap hashing). */
  public static TestServer withAccounts(TestDatabases.Kind kind) {
    return new TestServer(
        TestDatabases.fresh(kind), ServerOptions.defaults(0), AccountSettings.cheap());
  }

  /**
   * Signs callers in with real accounts at {@code settings}, or else by {@code authenticator}; the
   * demo catalogue is seeded into {@code database}.
   */
  private TestServer(
      Database database,
      ServerOptions options,
      AccountSettings settings,
      Authenticator authenticator,
      Clock clock) {
    ServerOptions local =
        options
            .withAddress("127.0.0.1", 0)
            .withReasonsBudget(Duration.ofSeconds(5))
            .withSessionPool(PoolSettings.OFF);
    this.database = database;
    this.catalogue = StoredCatalogue.open(database, clock);
    ApiWiring wiring = ApiWiring.of(catalogue, database, local).withWebhookTargets(LOCAL_WEBHOOKS);
    ApiWiring accounts = settings != null ? wiring.withSettings(settings) : wiring;
    server =
        AtelierApi.start(
            authenticator != null ? accounts.withAuthenticator(authenticator) : accounts);
  }

  /**
   * A server on the in-memory {@code catalogue} storing in {@code database} (closed with the
   * server), asking {@code authenticator} who calls and recording design events on {@code recorder}
   * (which the caller flushes and closes).
   */
  public TestServer(
      Catalogue catalogue,
      Database database,
      Authenticator authenticator,
      DesignEventRecorder recorder) {
    this.database = database;
    this.catalogue = null;
    server =
        AtelierServer.start(
            "127.0.0.1",
            0,
            AtelierApi.routes(
                ApiWiring.of(catalogue, database, REPLAY)
                    .withRecorder(recorder)
                    .withWebhookTargets(LOCAL_WEBHOOKS)),
            ServerOptions.defaults(0).bodyLimit(),
            authenticator);
  }

  public Answer get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** GET with extra request headers (name, value, name, value, ...). */
  public Answer get(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
    return send((headers.length == 0 ? b : b.headers(headers)).build());
  }

  /** POST of a JSON body with extra request headers (name, value, ...). */
  public Answer postWith(String path, String json, String... headers) {
    return withBody("POST", path, json, headers);
  }

  /** PATCH of a JSON body with extra request headers (name, value, ...). */
  public Answer patch(String path, String json, String... headers) {
    return withBody("PATCH", path, json, headers);
  }

  private Answer withBody(String method, String path, String json, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    return send((headers.length == 0 ? b : b.headers(headers)).build());
  }

  public Answer post(String path, String json) {
    return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** POST /api/designs/complete of {@code design} (its JSON) at the lowest price. */
  public Answer completeCheapest(Object design) {
    return post("/api/designs/complete", cheapest(design));
  }

  /** {@code text} of each element of the JSON array {@code array}, in order. */
  public static List<String> each(JsonNode array, Function<JsonNode, String> text) {
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(text.apply(e)));
    return out;
  }

  /** The body of a request to complete {@code design} (its JSON) at the lowest price. */
  public static String cheapest(Object design) {
    return "{\"design\":" + design + ",\"objective\":\"cheapest\"}";
  }

  public Answer post(String path, String contentType, byte[] body) {
    return post(null, path, contentType, body);
  }

  private Answer post(Role role, String path, String contentType, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (role != null) {
      b.header(ROLE_HEADER, role.name());
    }
    return send(b.build());
  }

  /** GET {@code path} as an account of {@code role}. */
  public Answer getAs(Role role, String path) {
    return send(HttpRequest.newBuilder(uri(path)).header(ROLE_HEADER, role.name()).GET().build());
  }

  /** POST the JSON {@code body} to {@code path} as an account of {@code role} (null: anonymous). */
  public Answer postAs(Role role, String path, String json) {
    return postAs(role, path, "application/json", json);
  }

  /** POST {@code body} of {@code contentType} to {@code path} as an account of {@code role}. */
  public Answer postAs(Role role, String path, String contentType, String body) {
    return post(role, path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public Answer send(String method, String path) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
  }

  public Answer post(String path, JsonNode json) {
    return post(path, json.toString());
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static Answer send(HttpRequest request) {
    return answer(exchange(request));
  }

  /** Sends {@code request} as it is, answering the raw response (headers included). */
  public static HttpResponse<String> exchange(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The answer of a raw response. */
  public static Answer answer(HttpResponse<String> r) {
    String type = r.headers().firstValue("Content-Type").orElse("");
    JsonNode body;
    try {
      body = JSON.readTree(r.body());
    } catch (IOException e) {
      body = JSON.getNodeFactory().textNode(r.body());
    }
    return new Answer(r.statusCode(), type, body, r.body());
  }

  @Override
  public void close() {
    server.close();
    database.close();
  }

  /** Closes the server a test class registered as an extension, after its last test. */
  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }
}
