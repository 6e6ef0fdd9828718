package dev.atelier.server.account;

import dev.atelier.server.http.Access;
import dev.atelier.server.http.Authenticator;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Identifies callers by API token ({@code Authorization: Bearer atl_...}) or session cookie. A
 * state-changing request (not GET, HEAD or OPTIONS) signed in by cookie must carry the session's
 * CSRF token as {@code X-CSRF-Token}: without it a non-public route answers 403 naming the header,
 * and a public one treats the caller as anonymous (a forged request then can do no more than
 * anybody can). Token requests need no CSRF token: browsers never add them by themselves.
 * Thread-safe. Identifies callers from {@code sessions} and {@code tokens}.
 */
public record SessionAuthenticator(SessionStore sessions, ApiTokenStore tokens, Clock clock)
    implements Authenticator {

  /** The header carrying the CSRF token. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  /** The request attribute holding the caller's {@link SessionStore.Live} session, if any. */
  static final String SESSION = "atelier.session";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public Outcome<Identity> identify(Context ctx) {
    return identify(ctx, Access.SIGNED_IN);
  }

  @Override
  public Outcome<Identity> identify(Context ctx, Access access) {
    String authorization = ctx.header("Authorization");
    if (authorization != null) {
      return byToken(authorization);
    }
    String cookie = SessionCookie.read(ctx);
    if (cookie == null) {
      return Outcome.ok(Identity.ANONYMOUS);
    }
    Optional<SessionStore.Live> live = sessions.find(cookie, clock.instant());
    if (live.isEmpty()) {
      SessionCookie.clear(ctx);
      return Outcome.ok(Identity.ANONYMOUS);
    }
    SessionStore.Live session = live.get();
    if (!SAFE_METHODS.contains(ctx.method().name())
        && !Secrets.same(ctx.header(CSRF_HEADER), session.csrfToken())) {
      if (access == Access.PUBLIC) {
        return Outcome.ok(Identity.ANONYMOUS);
      }
      return Outcome.rejected(
          Problem.of(
              403,
              "csrf",
              "Missing or wrong CSRF token",
              "send the token from GET /api/session as the "
                  + CSRF_HEADER
                  + " header with every state-changing request",
              CSRF_HEADER));
    }
    ctx.attribute(SESSION, session);
    Account a = session.account();
    return Outcome.ok(new Identity(new Principal(a.id(), a.email(), a.role(), false)));
  }

  private Outcome<Identity> byToken(String authorization) {
    String prefix = "Bearer ";
    if (!authorization.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return Outcome.rejected(invalidToken("use Authorization: Bearer <API token>"));
    }
    String token = authorization.substring(prefix.length()).trim();
    Optional<Account> account =
        token.startsWith(ApiTokenStore.PREFIX)
            ? tokens.find(token, clock.instant())
            : Optional.empty();
    if (account.isEmpty()) {
      return Outcome.rejected(invalidToken("the API token is unknown or revoked"));
    }
    Account a = account.get();
    return Outcome.ok(new Identity(new Principal(a.id(), a.email(), a.role(), true)));
  }

  private static Problem invalidToken(String detail) {
    return Problem.of(401, "invalid-token", "Invalid API token", detail, "Authorization");
  }
}
