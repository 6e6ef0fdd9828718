package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.account.AccountSettings.LoginLimits;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The account stores on H2 and on PostgreSQL: the same code, the same answers. */
class AccountStoresTest {

  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
  private static final String PASSWORD = "a password of some length";

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void accountsAreUniqueByNormalizedEmailAndStoreOnlyTheHash(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      AccountStore store = new AccountStore(db);
      String hash = PasswordHasher.cheap().hash(PASSWORD);
      Account created = store.create(" Ada@Example.com ", hash, Role.CUSTOMER, T0).orElseThrow();
      assertThat(created.email()).isEqualTo("ada@example.com");
      assertThat(created.createdAt()).isEqualTo(T0);
      assertThat(store.create("ADA@example.com", hash, Role.ADMIN, T0)).isEmpty();
      assertThat(store.byEmail("ada@EXAMPLE.com")).contains(created);
      assertThat(store.byId(created.id())).contains(created);
      String stored =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT password_hash FROM account WHERE id = ?")
                          .bind(0, created.id())
                          .mapTo(String.class)
                          .one());
      assertThat(stored).isEqualTo(hash).doesNotContain(PASSWORD);
      assertThat(PasswordHasher.cheap().verify(PASSWORD, stored)).isTrue();
      assertThat(created.toString()).doesNotContain(hash);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theLastAdminCannotBeDemoted(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      AccountStore store = new AccountStore(db);
      Account admin = store.create("root@x", "$argon2id$x", Role.ADMIN, T0).orElseThrow();
      Account other = store.create("pm@x", "$argon2id$x", Role.CUSTOMER, T0).orElseThrow();
      assertThat(store.setRole(admin.id(), Role.CUSTOMER, T0))
          .isEqualTo(AccountStore.RoleChange.LAST_ADMIN);
      assertThat(store.setRole(other.id(), Role.ADMIN, T0))
          .isEqualTo(AccountStore.RoleChange.CHANGED);
      assertThat(store.setRole(admin.id(), Role.STAFF, T0))
          .isEqualTo(AccountStore.RoleChange.CHANGED);
      assertThat(store.byId(admin.id()).orElseThrow().role()).isEqualTo(Role.STAFF);
      assertThat(store.setRole(424242, Role.STAFF, T0))
          .isEqualTo(AccountStore.RoleChange.NO_SUCH_ACCOUNT);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void sessionsAreStoredHashedAndEndIdleOrAbsolutely(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      Account a = new AccountStore(db).create("s@x", "$argon2id$x", Role.CUSTOMER, T0).get();
      SessionStore sessions = new SessionStore(db, Duration.ofMinutes(30), Duration.ofHours(2));
      SessionStore.Opened opened = sessions.open(a.id(), T0);
      assertThat(opened.id()).hasSize(43).isNotEqualTo(opened.csrfToken());
      String storedId =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT id_hash FROM account_session")
                          .mapTo(String.class)
                          .one());
      assertThat(storedId).isEqualTo(Secrets.hash(opened.id())).isNotEqualTo(opened.id());
      // Used every 20 minutes it lives until the absolute limit, not longer.
      Instant t = T0;
      for (int i = 0; i < 5; i++) {
        t = t.plus(Duration.ofMinutes(20));
        assertThat(sessions.find(opened.id(), t)).as("at " + t).isPresent();
      }
      assertThat(sessions.find(opened.id(), T0.plus(Duration.ofHours(2)))).isEmpty();
      // Unused for longer than the idle limit it ends.
      SessionStore.Opened idle = sessions.open(a.id(), T0);
      assertThat(sessions.find(idle.id(), T0.plus(Duration.ofMinutes(29)))).isPresent();
      assertThat(sessions.find(idle.id(), T0.plus(Duration.ofMinutes(60)))).isEmpty();
      SessionStore.Opened closed = sessions.open(a.id(), T0);
      SessionStore.Live live = sessions.find(closed.id(), T0).orElseThrow();
      assertThat(live.account().id()).isEqualTo(a.id());
      assertThat(live.csrfToken()).isEqualTo(closed.csrfToken());
      sessions.close(live.idHash());
      assertThat(sessions.find(closed.id(), T0)).isEmpty();
      assertThat(sessions.find("not a session", T0)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void tokensActAsTheirAccountUntilRevoked(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      TwoManagers managers = TwoManagers.in(db, T0);
      AccountStore accounts = managers.accounts();
      ApiTokenStore tokens = managers.tokens();
      Account pm = managers.pm();
      Account other = managers.other();
      AccountJson.NewToken token = tokens.create(pm.id(), "erp", T0);
      assertThat(token.token()).startsWith(ApiTokenStore.PREFIX).hasSize(47);
      assertThat(tokens.find(token.token(), T0.plusSeconds(120))).contains(pm);
      assertThat(tokens.list(pm.id()))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.name()).isEqualTo("erp");
                assertThat(v.owner()).isEqualTo("pm@x");
                assertThat(v.lastUsedAt()).isEqualTo(T0.plusSeconds(120).toString());
                assertThat(v.toString()).doesNotContain(token.token());
              });
      assertThat(tokens.list(other.id())).isEmpty();
      assertThat(tokens.revoke(token.id(), other.id(), T0)).isEmpty();
      assertThat(tokens.find(token.token(), T0)).isPresent();
      Optional<AccountJson.TokenView> revoked = tokens.revoke(token.id(), pm.id(), T0);
      assertThat(revoked.orElseThrow().revokedAt()).isEqualTo(T0.toString());
      assertThat(tokens.find(token.token(), T0)).isEmpty();
      assertThat(tokens.list(null)).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void failuresAreLimitedPerAccountAndAddressInASlidingWindow(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      LoginLimiter limiter =
          new LoginLimiter(
              db, new LoginLimits(3, 5, 2, Duration.ofMinutes(15), Duration.ofDays(30)));
      Instant t = T0;
      for (int i = 0; i < 3; i++) {
        assertThat(limiter.blocked("A@x", "10.0.0.1", null, t)).isEmpty();
        limiter.failed("a@x", "10.0.0.1", null, t);
        t = t.plusSeconds(60);
      }
      // Now is T0 + 3 min; the failure at T0 must leave the 15-minute window to go below 3.
      assertThat(limiter.blocked("a@x", "10.0.0.9", null, t)).contains(Duration.ofMinutes(12));
      assertThat(limiter.blocked("b@x", "10.0.0.1", null, t)).isEmpty();
      limiter.failed("b@x", "10.0.0.1", null, t);
      limiter.failed("c@x", "10.0.0.1", null, t);
      assertThat(limiter.blocked("d@x", "10.0.0.1", null, t)).isPresent();
      assertThat(limiter.blocked("d@x", "10.0.0.2", null, t)).isEmpty();
      limiter.succeeded("A@X", null);
      assertThat(limiter.blocked("a@x", "10.0.0.9", null, t)).isEmpty();
      assertThat(limiter.blocked("b@x", "10.0.0.1", null, t.plus(Duration.ofMinutes(16))))
          .isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void profilesKeepTheirOrderAndAreReplacedWhole(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      Account a = new AccountStore(db).create("p@x", "$argon2id$x", Role.CUSTOMER, T0).get();
      ProfileStore profiles = new ProfileStore(db);
      assertThat(profiles.get(a.id())).isEmpty();
      Map<String, String> jeans = new java.util.LinkedHashMap<>();
      jeans.put("waist", "80");
      jeans.put("inseam", "81");
      jeans.put("hip", "96");
      profiles.replace(a.id(), Map.of("jeans", jeans));
      assertThat(profiles.get(a.id()).get("jeans"))
          .containsExactly(
              Map.entry("waist", "80"), Map.entry("inseam", "81"), Map.entry("hip", "96"));
      profiles.replace(a.id(), Map.of("pizza", Map.of("size", "large")));
      assertThat(profiles.get(a.id())).containsOnlyKeys("pizza");
    }
  }
}
