package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.ServerOptions;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Two server nodes on one PostgreSQL database: a session, a CSRF token, a sign-out and the sign-in
 * limits made on one node hold on the other.
 */
class SessionsAcrossNodesTest {

  private static TestServer node(String url) {
    return new TestServer(
        Database.open(url, "postgres", null, 4),
        ServerOptions.defaults(0),
        AccountSettings.cheap());
  }

  private static TestAccounts.Caller on(TestServer node, TestAccounts.Caller caller) {
    return new TestAccounts.Caller(
        node,
        caller.accountId(),
        caller.email(),
        caller.role(),
        caller.cookie(),
        caller.csrf(),
        caller.bearer());
  }

  @Test
  void anyNodeServesAnySession() {
    String url = TestDatabases.freshPostgresUrl();
    try (TestServer a = node(url);
        TestServer b = node(url)) {
      TestAccounts.Caller onA = TestAccounts.create(a, Role.CUSTOMER);
      TestAccounts.Caller onB = on(b, onA);
      assertThat(onB.get("/api/session").body().get("account").get("email").asText())
          .isEqualTo(onA.email());
      assertThat(onB.put("/api/profile", "{\"products\":{\"jeans\":{\"waist\":\"80\"}}}").status())
          .isEqualTo(200);
      assertThat(onA.get("/api/profile").body().get("products").get("jeans")).isNotNull();
      assertThat(onB.delete("/api/session").status()).isEqualTo(200);
      assertThat(onA.get("/api/profile").status()).isEqualTo(401);

      TestAccounts.Caller victim = TestAccounts.create(a, Role.CUSTOMER);
      int limit = AccountSettings.cheap().limits().perAccount();
      String wrong = TestAccounts.credentials(victim.email(), "wrong password");
      for (int i = 0; i < limit; i++) {
        TestServer node = i % 2 == 0 ? a : b;
        assertThat(TestAccounts.anonymous(node).post("/api/session", wrong).status())
            .isEqualTo(401);
      }
      assertThat(TestAccounts.anonymous(b).post("/api/session", wrong).status()).isEqualTo(429);
      assertThat(TestAccounts.anonymous(a).post("/api/session", wrong).status()).isEqualTo(429);
    }
  }
}
