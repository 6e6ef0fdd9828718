package dev.atelier.server.http;

import io.javalin.http.Context;

/**
 * Tells who sends a request (session cookie, API token) and whether a cookie-authenticated,
 * state-changing request carries its CSRF token. The server asks it for every request to a route
 * that is not {@link Access#PUBLIC}, and for public ones to know the caller when there is one.
 * Implementations are thread-safe.
 */
public interface Authenticator {

  /** The answer: anonymous, a principal, or a problem (bad token, missing CSRF token). */
  Outcome<Identity> identify(Context ctx);

  /**
   * The answer for a request to a route of {@code access}; the server calls this one. By default
   * {@link #identify(Context)}; an implementation may, say, treat a public request without its CSRF
   * token as anonymous instead of refusing it.
   */
  default Outcome<Identity> identify(Context ctx, Access access) {
    return identify(ctx);
  }

  /** Nobody is ever signed in: every non-public route answers 401. */
  Authenticator NOBODY = ctx -> Outcome.ok(Identity.ANONYMOUS);

  /** The caller of a request: a principal, or nobody. Immutable and thread-safe. */
  record Identity(@Nullable Principal principal) {
    /** Nobody signed in. */
    public static final Identity ANONYMOUS = new Identity(null);

    /** Whether somebody is signed in. */
    public boolean signedIn() {
      return principal != null;
    }
  }
}
