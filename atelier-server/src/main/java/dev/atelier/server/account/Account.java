package dev.atelier.server.account;

import dev.atelier.server.http.Require;
import dev.atelier.server.http.Role;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

/**
 * A stored account. The password hash never leaves the server: answers use {@link
 * AccountJson.AccountView}. Immutable and thread-safe.
 *
 * @param id the id
 * @param email the sign-in name, {@linkplain #normalize normalized}
 * @param role what it may do
 * @param passwordHash the Argon2id PHC string
 * @param createdAt when it was created
 */
public record Account(long id, String email, Role role, String passwordHash, Instant createdAt) {

  public Account {
    Require.nonNull("email role passwordHash createdAt", email, role, passwordHash, createdAt);
  }

  /**
   * A 422 problem ({@code invalid-email}) when {@code email} is no acceptable e-mail address (the
   * rules of sign-up); empty when it is.
   */
  public static java.util.Optional<dev.atelier.server.http.Problem> emailProblem(String email) {
    return CredentialRules.email(email);
  }

  /**
   * The stored form of an email: Unicode NFKC (full-width and compatibility forms folded),
   * lower-cased, without surrounding white space. Two emails that look alike in these ways are one
   * account.
   */
  public static String normalize(String email) {
    String folded = Normalizer.normalize(email, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(folded, Normalizer.Form.NFKC).strip();
  }

  @Override
  public String toString() {
    return "Account[" + id + ", " + email + ", " + role + "]"; // never the hash
  }
}
