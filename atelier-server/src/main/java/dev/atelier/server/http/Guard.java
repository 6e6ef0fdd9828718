package dev.atelier.server.http;

/** Checks a route's {@link Access} against the caller. Stateless. */
final class Guard {

  private Guard() {}

  /** The problem to answer with, or null when {@code who} may call a route of {@code access}. */
  static @Nullable Problem check(Access access, Authenticator.Identity who) {
    if (access == Access.PUBLIC) {
      return null;
    }
    Principal principal = who.principal();
    if (principal == null) {
      return Problem.of(
          401, "unauthenticated", "Sign in first", "this route needs a signed-in account", null);
    }
    if (!access.allows(principal.role())) {
      return Problem.of(
          403,
          "forbidden",
          "Forbidden",
          "a " + principal.role() + " account may not call this route",
          null);
    }
    return null;
  }
}
