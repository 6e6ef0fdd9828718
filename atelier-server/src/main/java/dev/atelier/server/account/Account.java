package dev.atelier.server.account;

import dev.atelier.server.http.Role;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A stored account. The password hash never leaves the server: answers use {@link
 * AccountJson.AccountView}. Immutable and thread-safe.
 *
 * @param id the id
 * @param email the sign-in name, lower-cased
 * @param role what it may do
 * @param passwordHash the Argon2id PHC string
 * @param createdAt when it was created
 */
public record Account(long id, String email, Role role, String passwordHash, Instant createdAt) {

  public Account {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The stored form of an email: trimmed and lower-cased. */
  public static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "Account[" + id + ", " + email + ", " + role + "]"; // never the hash
  }
}
