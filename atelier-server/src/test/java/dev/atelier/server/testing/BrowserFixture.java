package dev.atelier.server.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import dev.atelier.server.account.AccountStore;
import dev.atelier.server.account.PasswordHasher;
import dev.atelier.server.analytics.DesignEventRecorder;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.db.Database;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.http.Authenticator;
import dev.atelier.server.http.Role;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every browser test class sets up: chromium (the class is skipped without it) and a real
 * server with real accounts on a random port, both for the whole class, and the ways a user signs
 * up and in. Register it as {@code @RegisterExtension static final BrowserFixture browser = new
 * BrowserFixture();}. Not thread-safe (one test class at a time).
 */
public final class BrowserFixture implements BeforeAllCallback, AfterAllCallback {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final String HASH = PasswordHasher.cheap().hash(TestAccounts.PASSWORD);

  private final Supplier<TestServer> servers;
  private Chromium chromium;
  private TestServer server;
  private DesignEventRecorder recorder;

  /**
   * Chromium's graphics: software WebGL2 ("webgl"), none ("none") or the default (--disable-gpu).
   */
  private String graphics = "";

  /** A fixture on a {@link TestServer} with real accounts and the demo catalogue. */
  public BrowserFixture() {
    this(TestServer::new);
  }

  /** A fixture on the server {@code servers} starts (once, before the class's tests). */
  public BrowserFixture(Supplier<TestServer> servers) {
    this.servers = servers;
  }

  /**
   * A fixture on a server on {@code catalogue} in a fresh in-memory database, asking {@code
   * authenticator} who calls and recording design events on its own {@link #recorder()}.
   */
  public static BrowserFixture recording(Catalogue catalogue, Authenticator authenticator) {
    AtomicReference<BrowserFixture> self = new AtomicReference<>();
    BrowserFixture fixture =
        new BrowserFixture(
            () -> {
              Database db = Database.inMemory();
              DesignEventRecorder r = new DesignEventRecorder(new DesignEventStore(db), 20_000);
              self.get().recorder = r;
              return new TestServer(catalogue, db, authenticator, r);
            });
    self.set(fixture);
    return fixture;
  }

  /** A fixture like {@link #BrowserFixture()} whose chromium has WebGL2 in software (3D view). */
  public static BrowserFixture webGl() {
    BrowserFixture fixture = new BrowserFixture();
    fixture.graphics = "webgl";
    return fixture;
  }

  /** A fixture like {@link #BrowserFixture()} whose chromium has no WebGL at all (the fallback). */
  public static BrowserFixture withoutWebGl() {
    BrowserFixture fixture = new BrowserFixture();
    fixture.graphics = "none";
    return fixture;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    chromium =
        switch (graphics) {
          case "webgl" -> Chromium.launchWebGl();
          case "none" -> Chromium.launchWithoutWebGl();
          default -> Chromium.launch();
        };
    server = servers.get();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.close();
      server = null;
    }
    if (recorder != null) {
      recorder.close();
      recorder = null;
    }
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
  }

  public TestServer server() {
    return server;
  }

  /** The design-event recorder of a {@link #recording} fixture (flush it before reading). */
  public DesignEventRecorder recorder() {
    return recorder;
  }

  /**
   * {@code path} on the server, by the name localhost: browsers treat it as a secure context, so
   * they keep the Secure session cookie.
   */
  public String url(String path) {
    return "http://localhost:" + server.server.port() + path;
  }

  /**
   * Closes every page this class opened, with its connections (see {@link Chromium#closePages}).
   */
  public void closePages() {
    chromium.closePages();
  }

  /** A desktop-sized page with its own cookies. */
  public Page page() {
    return chromium.page();
  }

  /** A page of width × height CSS pixels with its own cookies. */
  public Page page(int width, int height) {
    return chromium.page(width, height);
  }

  /** Opens the configurator page of {@code product}, drawn and idle. */
  public ConfiguratorPage configurator(String product) {
    return new ConfiguratorPage(page()).open(url("/p/" + product));
  }

  /** A new account of {@code role} with password {@link TestAccounts#PASSWORD}: its email. */
  public String account(Role role) {
    String email =
        role.name().toLowerCase(Locale.ROOT).replace('_', '-')
            + "-browser"
            + NEXT.incrementAndGet()
            + "@example.org";
    assertThat(new AccountStore(server.database).create(email, HASH, role, Instant.now()))
        .as("account created")
        .isPresent();
    return email;
  }

  /**
   * The engine's cheapest completion of {@code product}'s current version (the API's answer), for a
   * customer whose facts are the middle of each fact's range (completion never decides a fact).
   */
  public TestServer.Answer cheapest(String product) {
    ProductVersion pv = TestServer.CATALOGUE.current(product).orElseThrow();
    StringBuilder facts = new StringBuilder();
    for (var fact : pv.model().facts()) {
      List<String> values = pv.model().attribute(fact.attribute()).orElseThrow().valueIds();
      facts.append(facts.length() == 0 ? "" : ",");
      facts.append("{\"attribute\":\"" + fact.attribute() + "\",\"value\":\"");
      facts.append(values.get(values.size() / 2)).append("\"}");
    }
    TestServer.Answer completed =
        TestAccounts.anonymous(server)
            .post(
                "/api/designs/complete",
                "{\"design\":{\"product\":\""
                    + product
                    + "\",\"version\":\""
                    + pv.version()
                    + "\",\"decisions\":["
                    + facts
                    + "]},\"objective\":\"cheapest\"}");
    assertThat(completed.status()).as(completed.text()).isEqualTo(200);
    return completed;
  }

  /** {@code buyer} orders one {@code design} by the API with idempotency {@code key}: the 201. */
  public TestServer.Answer order(TestAccounts.Caller buyer, JsonNode design, String key) {
    TestServer.Answer placed =
        TestServer.answer(
            TestServer.exchange(
                HttpRequest.newBuilder(server.uri("/api/orders"))
                    .header("Content-Type", "application/json")
                    .header("Cookie", buyer.cookie())
                    .header("X-CSRF-Token", buyer.csrf())
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(OrderServer.orderBody(design, 1)))
                    .build()));
    assertThat(placed.status()).as(placed.text()).isEqualTo(201);
    return placed;
  }

  /**
   * {@code buyer} orders the cheapest {@code product} by the API with idempotency {@code key}: the
   * order's first production operation (its {@code orderId()} names the order).
   */
  public dev.atelier.server.production.QueuedOperation firstOperation(
      TestAccounts.Caller buyer, String product, String key) {
    String orderId =
        order(buyer, cheapest(product).body().get("design"), key).body().get("id").asText();
    return operations(orderId).get(0);
  }

  /** The production operations of order {@code orderId}, in routing order. */
  public java.util.List<dev.atelier.server.production.QueuedOperation> operations(String orderId) {
    return server
        .database
        .jdbi()
        .withHandle(h -> dev.atelier.server.production.ProductionFloor.forOrder(h, orderId));
  }

  /**
   * Signs {@code page} in on the sign-in page and waits until it has gone on to {@code next} (the
   * exact URL: a glob ending in {@code next} would match the sign-in page's own address).
   */
  public void signIn(Page page, String email, String next) {
    submitSignIn(page, email, "?next=" + next);
    page.waitForURL(url(next));
  }

  /**
   * Opens the sign-in page with {@code query} (empty, or {@code ?next=...} as typed) and submits
   * {@code email} with the test accounts' password, without waiting for where it goes.
   */
  public void submitSignIn(Page page, String email, String query) {
    page.navigate(url("/account/signin.html" + query));
    submitSignInForm(page, email);
  }

  /** Fills the open sign-in page with {@code email} and the test accounts' password; submits. */
  public static void submitSignInForm(Page page, String email) {
    page.locator("[name=email]").fill(email);
    page.locator("[name=password]").fill(TestAccounts.PASSWORD);
    page.locator("button[type=submit]").click();
  }

  /** Signs a new customer up on the sign-up page; the page ends on the profile, signed in. */
  public void signUp(Page page, String email, String password) {
    page.navigate(url("/account/signup.html"));
    assertThat(page.locator("#atelier-account")).containsText("Sign in");
    page.locator("[name=email]").fill(email);
    page.locator("[name=password]").fill(password);
    page.locator("button[type=submit]").click();
    page.waitForURL("**/account/profile.html");
  }
}
