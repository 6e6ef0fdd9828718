package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.account.AccountSettings.LoginLimits;
import dev.atelier.server.account.AccountSettings.SignUpLimits;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Device allowances, sign-up limits, the device cookie key and revocation on role changes, on H2
 * and on PostgreSQL.
 */
class AccountLimitsStoreTest {

  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aKnownDeviceIsHeldOnlyByItsOwnLimitAndStillCounts(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      LoginLimiter limiter =
          new LoginLimiter(
              db, new LoginLimits(3, 50, 2, Duration.ofMinutes(15), Duration.ofDays(1)));
      for (int i = 0; i < 3; i++) {
        limiter.failed("owner@x", "10.6.6.6", null, T0); // a stranger locks the account out
      }
      assertThat(limiter.blocked("owner@x", "10.0.0.1", null, T0)).isPresent();
      assertThat(limiter.blocked("owner@x", "10.0.0.1", "device-1", T0)).isEmpty();
      // The device's own failures count for it, for the account and for the address.
      limiter.failed("owner@x", "10.0.0.1", "device-1", T0);
      assertThat(limiter.blocked("owner@x", "10.0.0.1", "device-1", T0)).isEmpty();
      limiter.failed("owner@x", "10.0.0.1", "device-1", T0);
      assertThat(limiter.blocked("owner@x", "10.0.0.1", "device-1", T0)).isPresent();
      assertThat(limiter.blocked("owner@x", "10.0.0.1", "device-2", T0)).isEmpty();
      // A success forgets the account's and the device's failures.
      limiter.succeeded("owner@x", "device-1");
      assertThat(limiter.blocked("owner@x", "10.0.0.1", "device-1", T0)).isEmpty();
      assertThat(limiter.blocked("owner@x", "10.0.0.9", null, T0)).isEmpty();
      // A request naming no email counts for its address only; a 300-character one fits.
      String huge = "x".repeat(300) + "@x";
      limiter.failed(huge, "10.0.0.2", null, T0);
      limiter.failed(null, "10.0.0.2", null, T0);
      assertThat(limiter.blocked(null, "10.0.0.2", null, T0)).isEmpty();
      limiter.failed(huge, "10.0.0.2", null, T0);
      assertThat(limiter.blocked(huge, "10.0.0.3", null, T0)).isEmpty();
      limiter.failed(huge, "10.0.0.2", null, T0);
      assertThat(limiter.blocked(huge, "10.0.0.3", null, T0)).isPresent();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void signUpsAreLimitedPerAddressAndInTotal(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      SignUpLimiter limiter =
          new SignUpLimiter(db, new SignUpLimits(2, Duration.ofHours(1), 3, Duration.ofMinutes(1)));
      limiter.record("10.0.0.1", T0);
      assertThat(limiter.blocked("10.0.0.1", T0)).isEmpty();
      limiter.record("10.0.0.1", T0.plusSeconds(10));
      // The address waits until its first sign-up leaves the hour.
      assertThat(limiter.blocked("10.0.0.1", T0.plusSeconds(20)))
          .contains(Duration.ofHours(1).minusSeconds(20));
      assertThat(limiter.blocked("10.0.0.2", T0.plusSeconds(20))).isEmpty();
      limiter.record("10.0.0.2", T0.plusSeconds(20));
      // Three in the last minute: everybody waits until the first one is a minute old.
      assertThat(limiter.blocked("10.0.0.3", T0.plusSeconds(30))).contains(Duration.ofSeconds(30));
      assertThat(limiter.blocked("10.0.0.3", T0.plusSeconds(61))).isEmpty();
      assertThat(limiter.blocked("10.0.0.1", T0.plus(Duration.ofMinutes(61)))).isEmpty();
      String longAddress = "f".repeat(200);
      limiter.record(longAddress, T0.plus(Duration.ofHours(2)));
      assertThat(limiter.blocked(longAddress, T0.plus(Duration.ofHours(2)))).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theDeviceKeyIsMadeOnceAndSharedByEveryNode(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      byte[] first = DeviceKey.load(db, T0);
      byte[] second = DeviceKey.load(db, T0.plusSeconds(5));
      assertThat(first).hasSize(32).isEqualTo(second);
      DeviceCookie onA = new DeviceCookie(first, Duration.ofDays(1));
      DeviceCookie onB = new DeviceCookie(second, Duration.ofDays(1));
      String cookie = onA.issue("ada@x", T0);
      assertThat(onB.verify(cookie, "ADA@x", T0.plusSeconds(60))).isPresent();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aRoleChangeRevokesTokensAndEndsSessions(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      TwoManagers managers = TwoManagers.in(db, T0);
      AccountStore accounts = managers.accounts();
      ApiTokenStore tokens = managers.tokens();
      Account pm = managers.pm();
      Account other = managers.other();
      SessionStore sessions = new SessionStore(db, Duration.ofHours(1), Duration.ofHours(2));
      AccountJson.NewToken token = tokens.create(pm.id(), "erp", T0);
      AccountJson.NewToken kept = tokens.create(other.id(), "erp", T0);
      SessionStore.Opened session = sessions.open(pm.id(), T0);
      SessionStore.Opened keptSession = sessions.open(other.id(), T0);
      // Setting the role it has changes nothing.
      assertThat(accounts.setRole(pm.id(), Role.PRODUCT_MANAGER, T0))
          .isEqualTo(AccountStore.RoleChange.CHANGED);
      assertThat(tokens.find(token.token(), T0)).isPresent();
      Instant later = T0.plusSeconds(30);
      assertThat(accounts.setRole(pm.id(), Role.CUSTOMER, later))
          .isEqualTo(AccountStore.RoleChange.CHANGED);
      assertThat(tokens.find(token.token(), later)).isEmpty();
      assertThat(tokens.list(pm.id()).get(0).revokedAt()).isEqualTo(later.toString());
      assertThat(sessions.find(session.id(), later)).isEmpty();
      assertThat(sessions.count(pm.id())).isZero();
      assertThat(tokens.find(kept.token(), later)).isPresent();
      assertThat(sessions.find(keptSession.id(), later)).isPresent();
    }
  }
}
