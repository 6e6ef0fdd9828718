package dev.atelier.server.http;

import java.util.Objects;

/**
 * Who sends a request: a signed-in account (by session cookie or API token). Immutable and
 * thread-safe.
 *
 * @param accountId the account's id
 * @param email the account's sign-in name
 * @param role what it may do
 * @param viaToken true when authenticated by an API token (no cookie, so no CSRF check applies)
 */
public record Principal(long accountId, String email, Role role, boolean viaToken) {

  public Principal {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
  }
}
