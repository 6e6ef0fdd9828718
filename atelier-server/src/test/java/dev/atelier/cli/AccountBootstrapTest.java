package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.account.AccountService;
import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.account.AccountStore;
import dev.atelier.server.account.PasswordHasher;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.Role;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountBootstrapTest {

  @Test
  void theInitialAdminComesFromAPasswordFileOrTheEnvironment(@TempDir Path dir) throws IOException {
    try (Database db = Database.inMemory()) {
      AccountService accounts = new AccountService(db, AccountSettings.cheap());
      Path file = dir.resolve("admin-password");
      Files.writeString(file, "from the file, long\n", StandardCharsets.UTF_8);
      assertThat(AccountBootstrap.admin(accounts, "Root@Shop.example", file, "ignored")).isEmpty();
      AccountStore store = new AccountStore(db);
      String hash = store.byEmail("root@shop.example").orElseThrow().passwordHash();
      assertThat(store.byEmail("root@shop.example").orElseThrow().role()).isEqualTo(Role.ADMIN);
      assertThat(PasswordHasher.cheap().verify("from the file, long", hash)).isTrue();
      // Again, from the environment: the same account, its password reset.
      assertThat(AccountBootstrap.admin(accounts, "root@shop.example", null, "from the env 123"))
          .isEmpty();
      assertThat(store.all()).hasSize(1);
      assertThat(
              PasswordHasher.cheap()
                  .verify(
                      "from the env 123",
                      store.byEmail("root@shop.example").orElseThrow().passwordHash()))
          .isTrue();
    }
  }

  @Test
  void aMissingOrWeakAdminPasswordIsRefused(@TempDir Path dir) {
    try (Database db = Database.inMemory()) {
      AccountService accounts = new AccountService(db, AccountSettings.cheap());
      assertThat(AccountBootstrap.admin(accounts, "root@x.org", null, null))
          .get()
          .asString()
          .contains(AccountBootstrap.PASSWORD_VARIABLE);
      assertThat(AccountBootstrap.admin(accounts, "root@x.org", null, "short"))
          .get()
          .asString()
          .contains("10");
      assertThat(AccountBootstrap.admin(accounts, "root@x.org", dir.resolve("missing"), null))
          .get()
          .asString()
          .contains("cannot read");
      assertThat(new AccountStore(db).all()).isEmpty();
    }
  }

  @Test
  void demoAccountsCoverEveryRoleAndThePrintedPasswordsSignIn() {
    try (Database db = Database.inMemory()) {
      AccountService accounts = new AccountService(db, AccountSettings.cheap());
      StringWriter out = new StringWriter();
      AccountBootstrap.demo(accounts, new PrintWriter(out, true));
      List<String> lines = out.toString().lines().skip(1).toList();
      assertThat(lines).hasSize(Role.values().length);
      AccountStore store = new AccountStore(db);
      for (String line : lines) {
        String[] parts = line.trim().split("\\s+");
        Role role = Role.valueOf(parts[0]);
        var account = store.byEmail(parts[1]).orElseThrow();
        assertThat(account.role()).isEqualTo(role);
        assertThat(PasswordHasher.cheap().verify(parts[2], account.passwordHash())).isTrue();
      }
    }
  }
}
