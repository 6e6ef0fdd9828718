package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.account.AccountSettings.SignUpLimits;
import dev.atelier.server.testing.MutableClock;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Sign-ups are limited per client address and in total; refused ones do not count. */
class SignUpLimitTest {

  private static HttpResponse<String> signUp(TestServer server, String email) {
    return TestAccounts.anonymous(server)
        .exchange("POST", "/api/accounts", TestAccounts.credentials(email, "a fine new password"));
  }

  private static TestServer limited(MutableClock clock, SignUpLimits limits) {
    return new TestServer(AccountSettings.cheap().withClock(clock).withSignUps(limits));
  }

  private static void assertRefused(HttpResponse<String> r, long maxSeconds) {
    TestServer.Answer a = TestServer.answer(r);
    assertThat(a.status()).as(a.text()).isEqualTo(429);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.body().get("type").asText()).isEqualTo("/problems/too-many-sign-ups");
    long retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, maxSeconds);
  }

  @Test
  void anAddressMaySignUpSoManyTimesAnHour() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    try (TestServer server =
        limited(clock, new SignUpLimits(2, Duration.ofHours(1), 100, Duration.ofMinutes(1)))) {
      assertThat(signUp(server, "nobody").statusCode()).isEqualTo(422); // refused: not counted
      assertThat(signUp(server, "one@x.org").statusCode()).isEqualTo(202);
      clock.advance(Duration.ofMinutes(10));
      assertThat(signUp(server, "one@x.org").statusCode()).isEqualTo(202); // a taken email counts
      assertRefused(signUp(server, "two@x.org"), Duration.ofMinutes(50).toSeconds());
      clock.advance(Duration.ofMinutes(50));
      assertThat(signUp(server, "two@x.org").statusCode()).isEqualTo(202);
      assertThat(TestAccounts.signIn(server, "two@x.org", "a fine new password").email())
          .isEqualTo("two@x.org");
    }
  }

  @Test
  void allAddressesTogetherMaySignUpSoManyTimesAMinute() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    try (TestServer server =
        limited(clock, new SignUpLimits(100, Duration.ofHours(1), 3, Duration.ofMinutes(1)))) {
      for (int i = 0; i < 3; i++) {
        assertThat(signUp(server, "n" + i + "@x.org").statusCode()).isEqualTo(202);
      }
      assertRefused(signUp(server, "late@x.org"), 60);
      clock.advance(Duration.ofMinutes(1));
      assertThat(signUp(server, "late@x.org").statusCode()).isEqualTo(202);
    }
  }
}
