package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.http.Role;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import org.junit.jupiter.api.Test;

/** A role change by an admin revokes the account's API tokens and ends its sessions. */
class RoleChangeTest {

  @Test
  void aDemotedManagersTokenAndSessionStopWorking() {
    try (TestServer server = new TestServer()) {
      TestAccounts.Caller admin = TestAccounts.create(server, Role.ADMIN);
      TestAccounts.Caller pm = TestAccounts.create(server, Role.PRODUCT_MANAGER);
      TestAccounts.Caller otherPm = TestAccounts.create(server, Role.PRODUCT_MANAGER);
      String token = pm.post("/api/tokens", "{\"name\":\"ERP\"}").body().get("token").asText();
      String kept = otherPm.post("/api/tokens", "{\"name\":\"ERP\"}").body().get("token").asText();
      assertThat(pm.withToken(token).get("/api/tokens").status()).isEqualTo(200);

      TestServer.Answer demoted =
          admin.put("/api/admin/accounts/" + pm.accountId() + "/role", "{\"role\":\"CUSTOMER\"}");
      assertThat(demoted.status()).isEqualTo(200);
      assertThat(demoted.body().get("role").asText()).isEqualTo("CUSTOMER");

      TestServer.Answer byToken = pm.withToken(token).get("/api/profile");
      assertThat(byToken.status()).isEqualTo(401);
      assertThat(byToken.body().get("field").asText()).isEqualTo("Authorization");
      assertThat(pm.get("/api/profile").status()).isEqualTo(401);
      assertThat(pm.get("/api/session").body().get("signedIn").asBoolean()).isFalse();
      assertThat(admin.get("/api/tokens").text()).contains("revokedAt");
      // Signing in again works, with the new role; other accounts keep theirs.
      TestAccounts.Caller again = TestAccounts.signIn(server, pm.email(), TestAccounts.PASSWORD);
      assertThat(again.role()).isEqualTo(Role.CUSTOMER);
      assertThat(again.get("/api/tokens").status()).isEqualTo(403);
      assertThat(otherPm.withToken(kept).get("/api/tokens").status()).isEqualTo(200);
      assertThat(otherPm.get("/api/profile").status()).isEqualTo(200);
    }
  }
}
