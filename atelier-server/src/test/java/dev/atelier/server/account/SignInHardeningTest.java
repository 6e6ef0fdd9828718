package dev.atelier.server.account;

import static dev.atelier.server.testing.TestAccounts.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.ServerOptions;
import dev.atelier.server.account.AccountSettings.LoginLimits;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sign-in under attack: over-long and malformed requests are refused before any lookup and counted
 * like wrong passwords, and a browser that signed in before (its device cookie) keeps signing in
 * while strangers have the account locked.
 */
class SignInHardeningTest {

  private static final LoginLimits LIMITS =
      new LoginLimits(3, 8, 2, Duration.ofMinutes(15), Duration.ofDays(30));

  private static final String LONG_EMAIL = "a".repeat(300) + "@example.org";

  /** A sign-in sending {@code cookies} (a Cookie header, or null). */
  private static HttpResponse<String> signIn(TestServer server, String body, String cookies) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(server.uri("/api/session"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookies != null) {
      b.header("Cookie", cookies);
    }
    return TestServer.exchange(b.build());
  }

  /** The {@code name=value} of cookie {@code name} set by {@code r}. */
  private static String cookie(HttpResponse<String> r, String name) {
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + r.headers()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void strangersLockTheAccountButNotTheBrowserThatSignedInBefore(TestDatabases.Kind kind) {
    AccountSettings settings = AccountSettings.cheap().withLimits(LIMITS);
    try (TestServer server =
        new TestServer(TestDatabases.fresh(kind), ServerOptions.defaults(0), settings)) {
      String owner = TestAccounts.create(server, Role.ADMIN).email();
      HttpResponse<String> first = signIn(server, credentials(owner, TestAccounts.PASSWORD), null);
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(first.headers().allValues("Set-Cookie").get(0)).startsWith("atelier_session=");
      assertThat(first.headers().allValues("Set-Cookie").get(1))
          .startsWith("atelier_device=")
          .contains("; HttpOnly", "; Secure", "; SameSite=Strict", "; Path=/api/session");
      String device = cookie(first, "atelier_device");

      // A stranger: an over-long email, an over-long password and wrong passwords, all counted.
      TestServer.Answer tooLong =
          TestServer.answer(signIn(server, credentials(LONG_EMAIL, "x"), null));
      assertThat(tooLong.status()).isEqualTo(422);
      assertThat(tooLong.contentType()).startsWith("application/problem+json");
      assertThat(tooLong.body().get("field").asText()).isEqualTo("email");
      String longPassword = "p".repeat(1001);
      assertThat(signIn(server, credentials(owner, longPassword), null).statusCode())
          .isEqualTo(422);
      assertThat(signIn(server, credentials(owner, "wrong password"), null).statusCode())
          .isEqualTo(401);
      assertThat(signIn(server, credentials(owner, "wrong password"), null).statusCode())
          .isEqualTo(401);
      HttpResponse<String> locked = signIn(server, credentials(owner, TestAccounts.PASSWORD), null);
      assertThat(locked.statusCode()).isEqualTo(429);
      assertThat(locked.headers().firstValue("Retry-After")).isPresent();

      // The owner's browser is let through, and gets a fresh device cookie.
      HttpResponse<String> known =
          signIn(server, credentials(owner, TestAccounts.PASSWORD), device);
      assertThat(known.statusCode()).isEqualTo(200);
      String renewed = cookie(known, "atelier_device");
      assertThat(renewed).isNotEqualTo(device);
      // Another account's device cookie is no pass for this one.
      String other = TestAccounts.create(server, Role.CUSTOMER).email();
      for (int i = 0; i < LIMITS.perAccount(); i++) {
        signIn(server, credentials(other, "wrong password"), null);
      }
      assertThat(signIn(server, credentials(other, TestAccounts.PASSWORD), renewed).statusCode())
          .isEqualTo(429);
      // The device has a limit of its own.
      for (int i = 0; i < LIMITS.perDevice(); i++) {
        assertThat(signIn(server, credentials(owner, "wrong password"), renewed).statusCode())
            .isEqualTo(401);
      }
      assertThat(signIn(server, credentials(owner, TestAccounts.PASSWORD), renewed).statusCode())
          .isEqualTo(429);
      // Nothing stored outgrew its column: failures are keyed by hashes.
      int longest =
          server
              .database
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT MAX(LENGTH(subject)) FROM login_failure")
                          .mapTo(Integer.class)
                          .one());
      assertThat(longest).isLessThanOrEqualTo(64);
    }
  }

  @Test
  void everyRefusedRequestCountsForTheAddress() {
    AccountSettings settings =
        AccountSettings.cheap()
            .withLimits(new LoginLimits(50, 4, 5, Duration.ofMinutes(15), Duration.ofDays(30)));
    try (TestServer server = new TestServer(settings)) {
      String customer = TestAccounts.create(server, Role.CUSTOMER).email();
      assertThat(signIn(server, credentials(LONG_EMAIL, "some password"), null).statusCode())
          .isEqualTo(422);
      assertThat(signIn(server, credentials("admin@demo.atelier\\u200b", "x"), null).statusCode())
          .isEqualTo(422);
      assertThat(signIn(server, "{\"email\":\"a@x.org\"}", null).statusCode()).isEqualTo(400);
      assertThat(signIn(server, "{", null).statusCode()).isEqualTo(400);
      TestServer.Answer blocked =
          TestServer.answer(signIn(server, credentials(customer, TestAccounts.PASSWORD), null));
      assertThat(blocked.status()).isEqualTo(429);
      assertThat(blocked.contentType()).startsWith("application/problem+json");
    }
  }

  @Test
  void signingInAgainEndsThePreviousSessionOfThatBrowser() {
    try (TestServer server = new TestServer()) {
      TestAccounts.Caller first = TestAccounts.create(server, Role.CUSTOMER);
      TestAccounts.Caller other = TestAccounts.create(server, Role.CUSTOMER);
      // The browser signs in as another account, sending its old session cookie (no CSRF token).
      HttpResponse<String> again =
          signIn(server, credentials(other.email(), TestAccounts.PASSWORD), first.cookie());
      assertThat(again.statusCode()).isEqualTo(200);
      String newCookie = cookie(again, "atelier_session");
      assertThat(newCookie).isNotEqualTo(first.cookie());
      assertThat(first.get("/api/profile").status()).isEqualTo(401);
      assertThat(first.get("/api/session").body().get("signedIn").asBoolean()).isFalse();
      TestAccounts.Caller renewed =
          new TestAccounts.Caller(
              server, other.accountId(), other.email(), other.role(), newCookie, null, null);
      assertThat(renewed.get("/api/profile").status()).isEqualTo(200);
      assertThat(other.get("/api/profile").status()).isEqualTo(200);
    }
  }
}
