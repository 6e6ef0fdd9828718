package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.http.Role;
import dev.atelier.server.testing.ClassServer;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CSRF tokens on cookie requests, and API tokens for integrations. */
class CsrfAndTokenTest {

  @RegisterExtension static final ClassServer shared = new ClassServer();

  private static final String PROFILE = "{\"products\":{\"jeans\":{\"waist\":\"80\"}}}";

  @Test
  void cookieRequestsThatChangeStateNeedTheSessionsCsrfToken() {
    TestServer server = shared.server();
    TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER);
    TestServer.Answer missing = customer.withoutCsrf().put("/api/profile", PROFILE);
    assertThat(missing.status()).isEqualTo(403);
    assertThat(missing.body().get("field").asText()).isEqualTo("X-CSRF-Token");
    assertThat(missing.body().get("type").asText()).isEqualTo("/problems/csrf");
    TestAccounts.Caller other = TestAccounts.create(server, Role.CUSTOMER);
    TestAccounts.Caller wrong =
        new TestAccounts.Caller(
            server,
            customer.accountId(),
            customer.email(),
            customer.role(),
            customer.cookie(),
            other.csrf(),
            null);
    assertThat(wrong.put("/api/profile", PROFILE).status()).isEqualTo(403);
    assertThat(wrong.delete("/api/session").status()).isEqualTo(403);
    assertThat(customer.put("/api/profile", PROFILE).status()).isEqualTo(200);
    // Reading needs no token.
    assertThat(customer.withoutCsrf().get("/api/profile").status()).isEqualTo(200);
  }

  @Test
  void publicRoutesWithoutTheCsrfTokenServeTheCallerAsAnonymous() {
    TestServer server = shared.server();
    TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER).withoutCsrf();
    String design = "{\"product\":\"pizza\",\"version\":\"2025.1\",\"decisions\":[]}";
    TestServer.Answer domains = customer.post("/api/designs/domains", design);
    assertThat(domains.status()).isNotIn(401, 403, 500);
    assertThat(domains.status())
        .isEqualTo(TestAccounts.anonymous(server).post("/api/designs/domains", design).status());
  }

  @Test
  void apiTokensAreShownOnceActAsTheirAccountNeedNoCsrfAndCanBeRevoked() {
    TestServer server = shared.server();
    TestAccounts.Caller pm = TestAccounts.create(server, Role.PRODUCT_MANAGER);
    TestServer.Answer created = pm.post("/api/tokens", "{\"name\":\"ERP import\"}");
    assertThat(created.status()).isEqualTo(201);
    String token = created.body().get("token").asText();
    assertThat(token).startsWith("atl_");
    TestAccounts.Caller integration = pm.withToken(token);
    TestServer.Answer list = integration.get("/api/tokens");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.text()).contains("ERP import").doesNotContain(token);
    assertThat(integration.put("/api/profile", PROFILE).status()).isEqualTo(200);
    assertThat(integration.get("/api/session").body().get("account").get("email").asText())
        .isEqualTo(pm.email());
    assertThat(integration.get("/api/session").body().get("csrfToken").isNull()).isTrue();

    TestAccounts.Caller otherPm = TestAccounts.create(server, Role.PRODUCT_MANAGER);
    long id = created.body().get("id").asLong();
    assertThat(otherPm.delete("/api/tokens/" + id).status()).isEqualTo(404);
    assertThat(otherPm.get("/api/tokens").body().get("tokens")).isEmpty();
    TestAccounts.Caller admin = TestAccounts.create(server, Role.ADMIN);
    assertThat(admin.get("/api/tokens").text()).contains("ERP import");
    TestServer.Answer revoked = pm.delete("/api/tokens/" + id);
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.body().get("revokedAt").isNull()).isFalse();
    TestServer.Answer refused = integration.get("/api/profile");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.body().get("field").asText()).isEqualTo("Authorization");
    assertThat(pm.withToken("atl_forged").get("/api/session").status()).isEqualTo(401);
  }

  @Test
  void customersAndStaffCannotCreateTokens() {
    TestServer server = shared.server();
    for (Role role : new Role[] {Role.CUSTOMER, Role.STAFF}) {
      TestAccounts.Caller caller = TestAccounts.create(server, role);
      assertThat(caller.post("/api/tokens", "{\"name\":\"x\"}").status()).isEqualTo(403);
    }
    TestAccounts.Caller pm = TestAccounts.create(server, Role.PRODUCT_MANAGER);
    assertThat(pm.post("/api/tokens", "{\"name\":\"  \"}").status()).isEqualTo(422);
  }

  @Test
  void tokenNamesFollowTheTextRule() {
    TestAccounts.Caller pm = TestAccounts.create(shared.server(), Role.PRODUCT_MANAGER);
    String[] names = {
      "be\\u0007ll", "de\\u007fl", "evil\\u202Eexe", "zero\\u200Bwidth", "\\u00A0\\u00A0"
    };
    for (String name : names) {
      TestServer.Answer a = pm.post("/api/tokens", "{\"name\":\"" + name + "\"}");
      assertThat(a.status()).as(name).isEqualTo(422);
      assertThat(a.body().get("field").asText()).isEqualTo("name");
    }
  }
}
