package dev.atelier.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.account.AccountStore;
import dev.atelier.server.account.PasswordHasher;
import dev.atelier.server.http.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Signed-in callers for tests of any feature: accounts of each role created in a {@link
 * TestServer}'s database and signed in over HTTP, each sending its session cookie and CSRF token
 * (or an API token, or nothing). For IDOR checks, {@link #twoCustomers} gives customers A and B:
 * whatever A creates, B must get 404 or 403 on. Thread-safe.
 */
public final class TestAccounts {

  /** The password of every test account. */
  public static final String PASSWORD = "a long enough test password";

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final String HASH = PasswordHasher.cheap().hash(PASSWORD);

  private TestAccounts() {}

  /** The id of the account with {@code email} in {@code server}'s database (it must exist). */
  public static long idOf(TestServer server, String email) {
    return new AccountStore(server.database).byEmail(email).orElseThrow().id();
  }

  /**
   * Somebody calling {@code server}: signed in by {@code cookie} (with {@code csrf}), by API token
   * {@code bearer}, or anonymous (all null). Immutable.
   */
  public record Caller(
      TestServer server,
      long accountId,
      String email,
      Role role,
      String cookie,
      String csrf,
      String bearer) {

    public TestServer.Answer get(String path) {
      return send("GET", path, null);
    }

    public TestServer.Answer post(String path, String json) {
      return send("POST", path, json);
    }

    public TestServer.Answer put(String path, String json) {
      return send("PUT", path, json);
    }

    public TestServer.Answer delete(String path) {
      return send("DELETE", path, null);
    }

    /** Sends {@code json} (null: no body) with this caller's credentials. */
    public TestServer.Answer send(String method, String path, String json) {
      return TestServer.answer(exchange(method, path, json));
    }

    /** Like {@link #send}, answering the raw response (to read headers). */
    public HttpResponse<String> exchange(String method, String path, String json) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(server.uri(path))
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json));
      if (json != null) {
        b.header("Content-Type", "application/json");
      }
      if (cookie != null) {
        b.header("Cookie", cookie);
      }
      if (csrf != null) {
        b.header("X-CSRF-Token", csrf);
      }
      if (bearer != null) {
        b.header("Authorization", "Bearer " + bearer);
      }
      return TestServer.exchange(b.build());
    }

    /** This account calling with API token {@code token} instead of its session. */
    public Caller withToken(String token) {
      return new Caller(server, accountId, email, role, null, null, token);
    }

    /** This caller without the CSRF token. */
    public Caller withoutCsrf() {
      return new Caller(server, accountId, email, role, cookie, null, bearer);
    }
  }

  /** Customers A and B of one server. */
  public record TwoCustomers(Caller a, Caller b) {}

  /** Nobody signed in. */
  public static Caller anonymous(TestServer server) {
    return new Caller(server, 0, null, null, null, null, null);
  }

  /** A new account of {@code role} (password {@link #PASSWORD}), signed in. */
  public static Caller create(TestServer server, Role role) {
    String email =
        role.name().toLowerCase(java.util.Locale.ROOT) + NEXT.incrementAndGet() + "@test";
    assertThat(new AccountStore(server.database).create(email, HASH, role, Instant.now()))
        .as("account created")
        .isPresent();
    return signIn(server, email, PASSWORD);
  }

  /** Two new customers, signed in. */
  public static TwoCustomers twoCustomers(TestServer server) {
    return new TwoCustomers(create(server, Role.CUSTOMER), create(server, Role.CUSTOMER));
  }

  /** The JSON body of a sign-up or sign-in as {@code email} with {@code password}. */
  public static String credentials(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
  }

  /** Signs in as {@code email}; fails the test when that does not work. */
  public static Caller signIn(TestServer server, String email, String password) {
    HttpResponse<String> r =
        anonymous(server).exchange("POST", "/api/session", credentials(email, password));
    TestServer.Answer answer = TestServer.answer(r);
    if (answer.status() != 200) {
      throw new IllegalStateException("cannot sign in as " + email + ": " + answer.text());
    }
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    return new Caller(
        server,
        answer.body().get("account").get("id").asLong(),
        email,
        Role.valueOf(answer.body().get("account").get("role").asText()),
        cookie,
        answer.body().get("csrfToken").asText(),
        null);
  }
}
