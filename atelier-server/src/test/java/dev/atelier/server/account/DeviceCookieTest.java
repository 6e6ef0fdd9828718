package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Device cookies: valid only as issued, for their account, within their lifetime. */
class DeviceCookieTest {

  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
  private static final byte[] KEY = new byte[32];
  private static final DeviceCookie COOKIES = new DeviceCookie(KEY, Duration.ofDays(30));

  @Test
  void aCookieNamesNoAccountAndWorksOnlyForItsOwn() {
    String cookie = COOKIES.issue("Ada@Example.org", T0);
    assertThat(cookie).startsWith("v1.").doesNotContainIgnoringCase("ada");
    String device = COOKIES.verify(cookie, "ada@example.org", T0).orElseThrow();
    assertThat(device).hasSize(64);
    assertThat(COOKIES.verify(cookie, "bob@example.org", T0)).isEmpty();
    assertThat(COOKIES.issue("ada@example.org", T0)).isNotEqualTo(cookie);
  }

  @Test
  void expiredForgedTamperedAndMalformedCookiesAreNoCookies() {
    String cookie = COOKIES.issue("ada@x", T0);
    assertThat(COOKIES.verify(cookie, "ada@x", T0.plus(Duration.ofDays(30)))).isEmpty();
    assertThat(COOKIES.verify(cookie, "ada@x", T0.plus(Duration.ofDays(29)))).isPresent();
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    String forged = new DeviceCookie(otherKey, Duration.ofDays(30)).issue("ada@x", T0);
    assertThat(COOKIES.verify(forged, "ada@x", T0)).isEmpty();
    String[] parts = cookie.split("\\.");
    String laterIssue =
        parts[0] + "." + (T0.getEpochSecond() + 86_400) + "." + parts[2] + "." + parts[3];
    assertThat(COOKIES.verify(laterIssue, "ada@x", T0.plus(Duration.ofDays(2)))).isEmpty();
    String future = COOKIES.issue("ada@x", T0.plus(Duration.ofDays(1)));
    assertThat(COOKIES.verify(future, "ada@x", T0)).isEmpty();
    for (String bad :
        new String[] {null, "", "v1", "v1.x.y.z", "v2.1.a.b", "v1.1.a.b.c", "x".repeat(500)}) {
      assertThat(COOKIES.verify(bad, "ada@x", T0)).as(String.valueOf(bad)).isEmpty();
    }
  }
}
