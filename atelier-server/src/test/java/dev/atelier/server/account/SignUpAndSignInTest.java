package dev.atelier.server.account;

import static dev.atelier.server.testing.TestAccounts.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.http.Role;
import dev.atelier.server.testing.ClassServer;
import dev.atelier.server.testing.MutableClock;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sign-up, sign-in, the session cookie, sign-out and session expiry over HTTP; one server for the
 * class (each test its own emails; a few sign-ups and failed sign-ins in all, far below the limits
 * per address), but session expiry on its own server with a clock of its own.
 */
class SignUpAndSignInTest {

  @RegisterExtension static final ClassServer shared = new ClassServer();

  @Test
  void aNewCustomerSignsUpSignsInAndGetsAHardenedCookie() {
    TestServer server = shared.server();
    TestAccounts.Caller nobody = TestAccounts.anonymous(server);
    TestServer.Answer up =
        nobody.post("/api/accounts", credentials("New@Example.com", "ten chars!"));
    assertThat(up.status()).isEqualTo(202);
    HttpResponse<String> in =
        nobody.exchange("POST", "/api/session", credentials("new@example.com", "ten chars!"));
    assertThat(in.statusCode()).isEqualTo(200);
    String cookie = in.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith("atelier_session=")
        .contains("; HttpOnly", "; Secure", "; SameSite=Lax", "; Path=/", "; Max-Age=");
    TestAccounts.Caller ada = TestAccounts.signIn(server, "new@example.com", "ten chars!");
    TestServer.Answer session = ada.get("/api/session");
    assertThat(session.status()).isEqualTo(200);
    assertThat(session.body().get("signedIn").asBoolean()).isTrue();
    assertThat(session.body().get("account").get("email").asText()).isEqualTo("new@example.com");
    assertThat(session.body().get("account").get("role").asText()).isEqualTo("CUSTOMER");
    assertThat(session.body().get("account").has("passwordHash")).isFalse();
    assertThat(session.body().get("csrfToken").asText()).isEqualTo(ada.csrf());
    assertThat(nobody.get("/api/session").body().get("signedIn").asBoolean()).isFalse();
  }

  @Test
  void passwordsFollowTheRules() {
    TestServer server = shared.server();
    TestAccounts.Caller nobody = TestAccounts.anonymous(server);
    TestServer.Answer tooShort = nobody.post("/api/accounts", credentials("a@x.org", "nine char"));
    assertThat(tooShort.status()).isEqualTo(422);
    assertThat(tooShort.body().get("field").asText()).isEqualTo("password");
    TestServer.Answer isEmail =
        nobody.post("/api/accounts", credentials("long.name@x.org", "Long.Name@x.org"));
    assertThat(isEmail.status()).isEqualTo(422);
    assertThat(isEmail.body().get("detail").asText()).contains("email");
    TestServer.Answer badEmail = nobody.post("/api/accounts", credentials("nobody", "ten chars!"));
    assertThat(badEmail.status()).isEqualTo(422);
    assertThat(badEmail.body().get("field").asText()).isEqualTo("email");
    assertThat(nobody.post("/api/accounts", "{\"email\":\"a@x.org\"}").status()).isEqualTo(400);
    TestServer.Answer common = nobody.post("/api/accounts", credentials("a@x.org", "password12"));
    assertThat(common.status()).isEqualTo(422);
    assertThat(common.body().get("detail").asText()).contains("most common");
    TestServer.Answer emoji =
        nobody.post("/api/accounts", credentials("a@x.org", "\uD83D\uDE00".repeat(5)));
    assertThat(emoji.status()).isEqualTo(422);
    assertThat(emoji.body().get("field").asText()).isEqualTo("password");
    TestServer.Answer nul =
        nobody.post("/api/accounts", credentials("a@x.org", "\\u0000".repeat(10)));
    assertThat(nul.status()).isEqualTo(422);
  }

  @Test
  void lookalikeEmailsAreRefusedOrTheSameAccount() {
    TestServer server = shared.server();
    TestAccounts.Caller nobody = TestAccounts.anonymous(server);
    assertThat(
            nobody
                .post("/api/accounts", credentials("admin@demo.atelier", "first password"))
                .status())
        .isEqualTo(202);
    TestServer.Answer hidden =
        nobody.post("/api/accounts", credentials("admin@demo.atelier\\u200b", "second password"));
    assertThat(hidden.status()).isEqualTo(422);
    assertThat(hidden.body().get("field").asText()).isEqualTo("email");
    // Full-width letters are the same email: no second account, the first password stands.
    nobody.post(
        "/api/accounts",
        credentials("\uFF21\uFF24\uFF2D\uFF29\uFF2E@demo.atelier", "third password"));
    assertThat(
            new dev.atelier.server.account.AccountStore(server.database)
                .all().stream().filter(a -> a.email().startsWith("admin@")).count())
        .isEqualTo(1);
    assertThat(
            nobody
                .post(
                    "/api/session",
                    credentials("\uFF21\uFF24\uFF2D\uFF29\uFF2E@demo.atelier", "first password"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void answersNeverTellWhetherAnEmailExists() {
    TestServer server = shared.server();
    TestAccounts.Caller nobody = TestAccounts.anonymous(server);
    TestServer.Answer first =
        nobody.post("/api/accounts", credentials("b@x.org", "first password"));
    TestServer.Answer again =
        nobody.post("/api/accounts", credentials("b@x.org", "second password"));
    assertThat(again.status()).isEqualTo(first.status());
    assertThat(again.text()).isEqualTo(first.text());
    // The second sign-up changed nothing: the first password still signs in.
    assertThat(nobody.post("/api/session", credentials("b@x.org", "second password")).status())
        .isEqualTo(401);
    TestServer.Answer wrongPassword =
        nobody.post("/api/session", credentials("b@x.org", "wrong password"));
    TestServer.Answer unknownEmail =
        nobody.post("/api/session", credentials("nobody@x.org", "wrong password"));
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownEmail.status()).isEqualTo(401);
    assertThat(unknownEmail.text()).isEqualTo(wrongPassword.text());
    assertThat(nobody.post("/api/session", credentials("b@x.org", "first password")).status())
        .isEqualTo(200);
  }

  @Test
  void signingOutDeletesTheSession() {
    TestServer server = shared.server();
    TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER);
    SessionStore sessions =
        new SessionStore(server.database, Duration.ofHours(1), Duration.ofHours(2));
    assertThat(sessions.count(customer.accountId())).isEqualTo(1);
    assertThat(customer.get("/api/profile").status()).isEqualTo(200);
    HttpResponse<String> out = customer.exchange("DELETE", "/api/session", null);
    assertThat(out.statusCode()).isEqualTo(200);
    assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
    assertThat(sessions.count(customer.accountId())).isZero();
    assertThat(customer.get("/api/profile").status()).isEqualTo(401);
    assertThat(customer.get("/api/session").body().get("signedIn").asBoolean()).isFalse();
  }

  @Test
  void sessionsEndWhenIdleAndAfterTheirAbsoluteLifetime() {
    Instant start = Instant.parse("2026-03-01T08:00:00Z");
    MutableClock clock = new MutableClock(start);
    AccountSettings settings = AccountSettings.cheap().withClock(clock);
    try (TestServer server = new TestServer(settings)) {
      TestAccounts.Caller idle = TestAccounts.create(server, Role.CUSTOMER);
      TestAccounts.Caller busy = TestAccounts.create(server, Role.CUSTOMER);
      clock.advance(settings.sessionIdle().minusMinutes(1));
      assertThat(busy.get("/api/profile").status()).isEqualTo(200);
      clock.advance(Duration.ofMinutes(2));
      assertThat(idle.get("/api/profile").status()).isEqualTo(401);
      Duration step = settings.sessionIdle().dividedBy(2);
      Instant end = start.plus(settings.sessionAbsolute());
      while (clock.instant().plus(step).isBefore(end)) {
        clock.advance(step);
        assertThat(busy.get("/api/profile").status()).as("at " + clock.instant()).isEqualTo(200);
      }
      clock.advance(step);
      assertThat(busy.get("/api/profile").status()).isEqualTo(401);
    }
  }
}
