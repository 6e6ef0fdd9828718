package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.http.Role;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Sign-in rate limits per account and per client address, over HTTP. */
class SignInLimitTest {

  private static final AccountSettings.LoginLimits LIMITS = AccountSettings.cheap().limits();

  private static HttpResponse<String> signIn(TestServer server, String email, String password) {
    return TestAccounts.anonymous(server)
        .exchange("POST", "/api/session", TestAccounts.credentials(email, password));
  }

  @Test
  void anAccountIsBlockedAfterItsFailuresEvenWithTheRightPassword() {
    try (TestServer server = new TestServer()) {
      TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER);
      for (int i = 0; i < LIMITS.perAccount(); i++) {
        assertThat(signIn(server, customer.email(), "wrong password").statusCode()).isEqualTo(401);
      }
      HttpResponse<String> blocked = signIn(server, customer.email(), TestAccounts.PASSWORD);
      assertThat(blocked.statusCode()).isEqualTo(429);
      long retryAfter = Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow());
      assertThat(retryAfter).isBetween(1L, LIMITS.window().toSeconds());
      // Another account from the same address is not blocked by this one's failures.
      TestAccounts.Caller other = TestAccounts.create(server, Role.CUSTOMER);
      assertThat(signIn(server, other.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void unknownEmailsAreLimitedLikeKnownOnes() {
    try (TestServer server = new TestServer()) {
      for (int i = 0; i < LIMITS.perAccount(); i++) {
        assertThat(signIn(server, "ghost@x.org", "wrong password").statusCode()).isEqualTo(401);
      }
      assertThat(signIn(server, "ghost@x.org", "wrong password").statusCode()).isEqualTo(429);
    }
  }

  @Test
  void aSuccessfulSignInResetsTheAccountsCount() {
    try (TestServer server = new TestServer()) {
      TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER);
      for (int i = 0; i < LIMITS.perAccount() - 1; i++) {
        signIn(server, customer.email(), "wrong password");
      }
      assertThat(signIn(server, customer.email(), TestAccounts.PASSWORD).statusCode())
          .isEqualTo(200);
      for (int i = 0; i < LIMITS.perAccount(); i++) {
        assertThat(signIn(server, customer.email(), "wrong password").statusCode())
            .as("failure " + (i + 1) + " after the reset")
            .isEqualTo(401);
      }
      assertThat(signIn(server, customer.email(), TestAccounts.PASSWORD).statusCode())
          .isEqualTo(429);
    }
  }

  @Test
  void anAddressIsBlockedAfterFailuresOnManyAccounts() {
    try (TestServer server = new TestServer()) {
      TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER);
      for (int i = 0; i < LIMITS.perAddress(); i++) {
        assertThat(signIn(server, "guess" + i + "@x.org", "wrong password").statusCode())
            .isEqualTo(401);
      }
      HttpResponse<String> blocked = signIn(server, customer.email(), TestAccounts.PASSWORD);
      assertThat(blocked.statusCode()).isEqualTo(429);
      assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
    }
  }
}
