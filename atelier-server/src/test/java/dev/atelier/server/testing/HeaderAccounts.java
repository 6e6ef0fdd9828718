package dev.atelier.server.testing;

import dev.atelier.server.http.Authenticator;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Role;

/**
 * A test {@link Authenticator} until accounts exist: the {@value #HEADER} header {@code id:ROLE}
 * signs a request in. Stateless and thread-safe.
 */
public final class HeaderAccounts {

  public static final String HEADER = "X-Test-Account";

  public static final Authenticator BY_HEADER =
      ctx -> {
        String h = ctx.header(HEADER);
        if (h == null) {
          return Outcome.ok(Authenticator.Identity.ANONYMOUS);
        }
        String[] parts = h.split(":", 2);
        try {
          long id = Long.parseLong(parts[0]);
          Role role = Role.valueOf(parts[1]);
          return Outcome.ok(
              new Authenticator.Identity(new Principal(id, "user" + id + "@test", role, true)));
        } catch (RuntimeException e) {
          return Outcome.rejected(Problem.of(401, "bad-token", "Bad token", h, HEADER));
        }
      };

  /** The header values signing in as a product manager. */
  public static final String[] MANAGER = {HEADER, "7:PRODUCT_MANAGER"};

  private HeaderAccounts() {}
}
