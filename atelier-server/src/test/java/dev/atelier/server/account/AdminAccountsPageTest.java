package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The admin's users list is searched by e-mail and paged on the server ({@code GET
 * /api/admin/accounts?q=&limit=&before=}): newest first, {@code next} leads to the following page,
 * the search is case-insensitive and takes {@code _} and {@code %} literally, bad parameters are
 * 400s naming the parameter, and only admins may list.
 */
class AdminAccountsPageTest {

  private static final String HASH = PasswordHasher.cheap().hash(TestAccounts.PASSWORD);

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void adminsSearchAndPageTheUsers(TestDatabases.Kind kind) {
    try (TestServer server = TestServer.withAccounts(kind)) {
      AccountStore store = new AccountStore(server.database);
      for (int i = 1; i <= 5; i++) {
        store.create("pager-" + i + "@example.org", HASH, Role.CUSTOMER, Instant.now());
      }
      store.create("under_score@example.org", HASH, Role.STAFF, Instant.now());
      store.create("underXscore@example.org", HASH, Role.STAFF, Instant.now());
      TestAccounts.Caller admin = TestAccounts.create(server, Role.ADMIN);

      List<String> seen = new ArrayList<>();
      String path = "/api/admin/accounts?q=PAGER&limit=2";
      List<Integer> sizes = new ArrayList<>();
      while (path != null) {
        TestServer.Answer page = admin.get(path);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        JsonNode accounts = page.body().get("accounts");
        sizes.add(accounts.size());
        accounts.forEach(a -> seen.add(a.get("email").asText()));
        JsonNode next = page.body().get("next");
        path =
            next == null || next.isNull()
                ? null
                : "/api/admin/accounts?q=PAGER&limit=2&before=" + next.asLong();
      }
      assertThat(seen)
          .containsExactly(
              "pager-5@example.org",
              "pager-4@example.org",
              "pager-3@example.org",
              "pager-2@example.org",
              "pager-1@example.org");
      assertThat(sizes).containsExactly(2, 2, 1);

      JsonNode literal = admin.get("/api/admin/accounts?q=under_score").body().get("accounts");
      assertThat(literal).hasSize(1);
      assertThat(literal.get(0).get("email").asText()).isEqualTo("under_score@example.org");
      assertThat(literal.get(0).get("role").asText()).isEqualTo("STAFF");
      assertThat(admin.get("/api/admin/accounts?q=%25").body().get("accounts")).isEmpty();

      JsonNode everyone = admin.get("/api/admin/accounts").body();
      assertThat(everyone.get("accounts")).hasSize(8);
      assertThat(everyone.get("accounts").get(0).get("email").asText()).isEqualTo(admin.email());
      assertThat(everyone.get("next").isNull()).isTrue();

      for (String bad : List.of("limit=0", "limit=201", "limit=x", "before=-1", "before=x")) {
        TestServer.Answer refused = admin.get("/api/admin/accounts?" + bad);
        assertThat(refused.status()).as(bad).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo(bad.split("=")[0]);
      }
      TestServer.Answer tooLong = admin.get("/api/admin/accounts?q=" + "a".repeat(255));
      assertThat(tooLong.body().get("field").asText()).isEqualTo("q");
      TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER);
      assertThat(customer.get("/api/admin/accounts").status()).isEqualTo(403);
    }
  }
}
