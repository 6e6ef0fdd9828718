package dev.atelier.cli;

import dev.atelier.server.account.AccountJson.Credentials;
import dev.atelier.server.account.AccountService;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Role;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The accounts {@code atelier serve} makes on start: the initial admin (email from {@code
 * --admin-email}, password from a file or the {@code ATELIER_ADMIN_PASSWORD} environment variable)
 * and, only when asked, one demo account per role with a fresh random password. Stateless.
 */
final class AccountBootstrap {

  /** The environment variable holding the initial admin's password. */
  static final String PASSWORD_VARIABLE = "ATELIER_ADMIN_PASSWORD";

  private static final SecureRandom RANDOM = new SecureRandom();

  private AccountBootstrap() {}

  /**
   * Makes sure the admin {@code email} exists with the password read from {@code passwordFile}
   * (first line) or else {@code fromEnvironment}; a message saying what is wrong, or empty.
   */
  static Optional<String> admin(
      AccountService accounts, String email, Path passwordFile, String fromEnvironment) {
    String password;
    if (passwordFile != null) {
      try {
        List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
        password = lines.isEmpty() ? "" : lines.get(0);
      } catch (IOException e) {
        return Optional.of("cannot read --admin-password-file " + passwordFile + ": " + e);
      }
    } else if (fromEnvironment != null) {
      password = fromEnvironment;
    } else {
      return Optional.of(
          "--admin-email needs --admin-password-file or the " + PASSWORD_VARIABLE + " variable");
    }
    Optional<Problem> broken = AccountService.checkRules(new Credentials(email, password));
    if (broken.isPresent()) {
      return Optional.of("the admin account: " + broken.get().detail());
    }
    accounts.ensure(email, password, Role.ADMIN);
    return Optional.empty();
  }

  /** Makes one demo account per role with a new random password and prints them to {@code out}. */
  static void demo(AccountService accounts, PrintWriter out) {
    out.println("demo accounts (new passwords on every start; never use them on a public server):");
    for (Role role : Role.values()) {
      String email = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@demo.atelier";
      byte[] bytes = new byte[12];
      RANDOM.nextBytes(bytes);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      accounts.ensure(email, password, role);
      out.printf("  %-16s %-28s %s%n", role, email, password);
    }
    out.flush();
  }
}
