package dev.atelier.server.account;

import dev.atelier.server.account.AccountJson.AccountView;
import dev.atelier.server.account.AccountJson.Credentials;
import dev.atelier.server.account.AccountJson.SessionView;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code POST /api/session}: the sign-in. In this order: the limits (429 with Retry-After), the
 * shape of the request (400 for a missing field, 422 for an email or password too long or not
 * acceptable: never stored, never looked up), the password (401). Every failure counts for the
 * client address and, when the request names an email, for that account, and for the caller's
 * device when it has a device cookie of that account. A success ends the session this browser had
 * before (whoever's it was), opens a new one and gives the browser a fresh device cookie.
 * Thread-safe.
 */
final class SignInRoute {

  private final AccountService service;

  SignInRoute(AccountService service) {
    this.service = service;
  }

  Outcome<SessionView> signIn(Context ctx) {
    Instant now = service.settings().clock().instant();
    String address = ctx.ip();
    Outcome<Credentials> read = JsonBodies.read(ctx.bodyAsBytes(), Credentials.class);
    Credentials c = read instanceof Outcome.Ok<Credentials> ok ? ok.value() : null;
    String email = c == null ? null : c.email();
    String device =
        email == null
            ? null
            : service.devices().verify(DeviceCookie.read(ctx), email, now).orElse(null);
    Optional<Duration> wait = service.limiter().blocked(email, address, device, now);
    if (wait.isPresent()) {
      return Outcome.rejected(
          Problem.tooMany(
              ctx, wait.get(), ProblemType.TOO_MANY_ATTEMPTS, "Too many failed sign-ins"));
    }
    Optional<Problem> malformed = malformed(read, c);
    if (malformed.isPresent()) {
      service.limiter().failed(email, address, device, now);
      return Outcome.rejected(malformed.get());
    }
    Credentials given = Objects.requireNonNull(c, "credentials");
    String signedIn = given.email();
    Outcome<Optional<Account>> checked = service.check(given);
    if (checked instanceof Outcome.Rejected<Optional<Account>> busy) {
      ctx.header("Retry-After", "1");
      return Outcome.rejected(busy.problem());
    }
    Optional<Account> account = ((Outcome.Ok<Optional<Account>>) checked).value();
    if (account.isEmpty()) {
      service.limiter().failed(email, address, device, now);
      return Outcome.rejected(
          Problem.of(
              401, "sign-in-failed", "Sign-in failed", "the email or password is wrong", null));
    }
    service.limiter().succeeded(signedIn, device);
    String previous = SessionCookie.read(ctx);
    if (previous != null) {
      service.sessions().close(Secrets.hash(previous));
    }
    SessionStore.Opened opened = service.sessions().open(account.get().id(), now);
    SessionCookie.set(ctx, opened.id(), opened.lifetime());
    DeviceCookie devices = service.devices();
    devices.set(ctx, devices.issue(signedIn, now));
    return Outcome.ok(new SessionView(true, AccountView.of(account.get()), opened.csrfToken()));
  }

  /** The problem with a request that cannot be a sign-in, or empty. */
  private static Optional<Problem> malformed(Outcome<Credentials> read, @Nullable Credentials c) {
    if (read instanceof Outcome.Rejected<Credentials> r) {
      return Optional.of(r.problem());
    }
    if (c == null) {
      return Optional.of(Problem.badRequest("email", "'email' is required"));
    }
    if (c.email() == null || c.password() == null) {
      String field = c.email() == null ? "email" : "password";
      return Optional.of(Problem.badRequest(field, "'" + field + "' is required"));
    }
    return CredentialRules.email(c.email()).or(() -> CredentialRules.signInPassword(c.password()));
  }
}
