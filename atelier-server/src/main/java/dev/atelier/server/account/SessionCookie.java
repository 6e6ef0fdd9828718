package dev.atelier.server.account;

import dev.atelier.server.http.Nullable;
import io.javalin.http.Context;
import java.time.Duration;

/**
 * The session cookie: HttpOnly (scripts cannot read it), Secure (HTTPS only; browsers treat
 * http://localhost as secure too), SameSite=Lax (not sent on cross-site posts), Path=/. Stateless.
 */
final class SessionCookie {

  /** The cookie's name. */
  static final String NAME = "atelier_session";

  private static final String FLAGS = "; Path=/; HttpOnly; Secure; SameSite=Lax";

  private SessionCookie() {}

  /** Sets the cookie to {@code id} for {@code lifetime}. */
  static void set(Context ctx, String id, Duration lifetime) {
    ctx.header("Set-Cookie", NAME + "=" + id + "; Max-Age=" + lifetime.toSeconds() + FLAGS);
  }

  /** Tells the browser to forget the cookie. */
  static void clear(Context ctx) {
    ctx.header("Set-Cookie", NAME + "=; Max-Age=0" + FLAGS);
  }

  /** The cookie's value in the request, or null. */
  static @Nullable String read(Context ctx) {
    String value = ctx.cookie(NAME);
    return value == null || value.isEmpty() ? null : value;
  }
}
