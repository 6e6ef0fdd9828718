package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.http.RawHttp;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.ClassServer;
import dev.atelier.server.testing.TestAccounts;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sign-in rate limits per account and per client address, over HTTP, on one server for the class:
 * each test signs in from a loopback address of its own (127.0.0.2, 127.0.0.3, ...), so that the
 * failures one test counts against its address do not block another's.
 */
class SignInLimitTest {

  private static final AccountSettings.LoginLimits LIMITS = AccountSettings.cheap().limits();
  private static final AtomicInteger LAST_ADDRESS = new AtomicInteger(1);

  @RegisterExtension static final ClassServer shared = new ClassServer();

  private String address;

  @BeforeEach
  void anAddressOfItsOwn() {
    address = "127.0.0." + LAST_ADDRESS.incrementAndGet();
  }

  private RawHttp.Response signIn(String email, String password) {
    return RawHttp.exchange(
        shared.server().uri("/").getPort(),
        address,
        RawHttp.post("/api/session", TestAccounts.credentials(email, password)));
  }

  @Test
  void anAccountIsBlockedAfterItsFailuresEvenWithTheRightPassword() {
    TestAccounts.Caller customer = TestAccounts.create(shared.server(), Role.CUSTOMER);
    for (int i = 0; i < LIMITS.perAccount(); i++) {
      assertThat(signIn(customer.email(), "wrong password").status()).isEqualTo(401);
    }
    RawHttp.Response blocked = signIn(customer.email(), TestAccounts.PASSWORD);
    assertThat(blocked.status()).isEqualTo(429);
    long retryAfter = Long.parseLong(blocked.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, LIMITS.window().toSeconds());
    // Another account from the same address is not blocked by this one's failures.
    TestAccounts.Caller other = TestAccounts.create(shared.server(), Role.CUSTOMER);
    assertThat(signIn(other.email(), TestAccounts.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void unknownEmailsAreLimitedLikeKnownOnes() {
    for (int i = 0; i < LIMITS.perAccount(); i++) {
      assertThat(signIn("ghost@x.org", "wrong password").status()).isEqualTo(401);
    }
    assertThat(signIn("ghost@x.org", "wrong password").status()).isEqualTo(429);
  }

  @Test
  void aSuccessfulSignInResetsTheAccountsCount() {
    TestAccounts.Caller customer = TestAccounts.create(shared.server(), Role.CUSTOMER);
    for (int i = 0; i < LIMITS.perAccount() - 1; i++) {
      signIn(customer.email(), "wrong password");
    }
    assertThat(signIn(customer.email(), TestAccounts.PASSWORD).status()).isEqualTo(200);
    for (int i = 0; i < LIMITS.perAccount(); i++) {
      assertThat(signIn(customer.email(), "wrong password").status())
          .as("failure " + (i + 1) + " after the reset")
          .isEqualTo(401);
    }
    assertThat(signIn(customer.email(), TestAccounts.PASSWORD).status()).isEqualTo(429);
  }

  @Test
  void anAddressIsBlockedAfterFailuresOnManyAccounts() {
    TestAccounts.Caller customer = TestAccounts.create(shared.server(), Role.CUSTOMER);
    for (int i = 0; i < LIMITS.perAddress(); i++) {
      assertThat(signIn("guess" + i + "@x.org", "wrong password").status()).isEqualTo(401);
    }
    RawHttp.Response blocked = signIn(customer.email(), TestAccounts.PASSWORD);
    assertThat(blocked.status()).isEqualTo(429);
    assertThat(blocked.header("Retry-After")).isNotNull();
  }
}
