package dev.atelier.server.account;

import dev.atelier.server.account.AccountJson.AccountList;
import dev.atelier.server.account.AccountJson.AccountView;
import dev.atelier.server.account.AccountJson.Credentials;
import dev.atelier.server.account.AccountJson.RoleRequest;
import dev.atelier.server.account.AccountJson.SessionView;
import dev.atelier.server.account.AccountJson.SignUpAnswer;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import dev.atelier.server.http.Role;
import dev.atelier.server.http.Route;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The account routes: sign-up, sign-in, the current session, sign-out, and the admin's account list
 * and role changes. Thread-safe.
 */
public final class AccountRoutes {

  private final AccountService service;
  private final SignInRoute signIn;

  /** Routes over {@code service}. */
  public AccountRoutes(AccountService service) {
    this.service = service;
    this.signIn = new SignInRoute(service);
  }

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        new Route(
            HandlerType.POST,
            "/api/accounts",
            "signUp",
            "Creates a customer account (202 whether or not the email was new: sign in next)",
            Credentials.class,
            SignUpAnswer.class,
            List.of(422, 429),
            Access.PUBLIC,
            this::signUp,
            List.of(202)),
        new Route(
            HandlerType.POST,
            "/api/session",
            "signIn",
            "Signs in: sets the session cookie and answers the CSRF token",
            Credentials.class,
            SessionView.class,
            List.of(401, 422, 429),
            Access.PUBLIC,
            signIn::signIn),
        Route.get(
            "/api/session",
            "getSession",
            "Who is signed in, and the CSRF token for X-CSRF-Token",
            SessionView.class,
            this::session),
        new Route(
            HandlerType.DELETE,
            "/api/session",
            "signOut",
            "Signs out: ends the session",
            null,
            SessionView.class,
            List.of(),
            Access.SIGNED_IN,
            this::signOut),
        Route.get(
                "/api/admin/accounts",
                "listAccounts",
                "Accounts and their roles, newest first: ?q= (part of the e-mail), ?limit= (1-200,"
                    + " default 50), ?before= (the previous page's next)",
                AccountList.class,
                this::accounts)
            .withAccess(Access.ADMIN),
        new Route(
            HandlerType.PUT,
            "/api/admin/accounts/{id}/role",
            "setRole",
            "Changes an account's role (the last admin stays admin)",
            RoleRequest.class,
            AccountView.class,
            List.of(404, 409, 422),
            Access.ADMIN,
            this::setRole));
  }

  private Outcome<SignUpAnswer> signUp(Context ctx) {
    return JsonBodies.read(ctx.bodyAsBytes(), Credentials.class)
        .then(
            c -> {
              Optional<Problem> broken = AccountService.checkRules(c);
              if (broken.isPresent()) {
                return Outcome.rejected(broken.get());
              }
              Instant now = service.settings().clock().instant();
              Optional<Duration> wait = service.signUps().blocked(ctx.ip(), now);
              if (wait.isPresent()) {
                return Outcome.rejected(
                    Problem.tooMany(
                        ctx, wait.get(), ProblemType.TOO_MANY_SIGN_UPS, "Too many sign-ups"));
              }
              service.signUps().record(ctx.ip(), now);
              Outcome<Boolean> done = service.signUp(c);
              if (done instanceof Outcome.Rejected<Boolean> busy) {
                ctx.header("Retry-After", "1");
                return Outcome.rejected(busy.problem());
              }
              return new Outcome.Ok<>(
                  new SignUpAnswer("if the email was new, its account exists now: sign in"), 202);
            });
  }

  private Outcome<SessionView> session(Context ctx) {
    Optional<Principal> principal = Route.principal(ctx);
    if (principal.isEmpty()) {
      return Outcome.ok(new SessionView(false, null, null));
    }
    SessionStore.Live live = ctx.attribute(SessionAuthenticator.SESSION);
    Optional<Account> account =
        live != null
            ? Optional.of(live.account())
            : service.accounts().byId(principal.get().accountId());
    return Outcome.ok(
        new SessionView(
            true,
            account.map(AccountView::of).orElse(null),
            live == null ? null : live.csrfToken()));
  }

  private Outcome<SessionView> signOut(Context ctx) {
    SessionStore.Live live = ctx.attribute(SessionAuthenticator.SESSION);
    if (live != null) {
      service.sessions().close(live.idHash());
      SessionCookie.clear(ctx);
    }
    return Outcome.ok(new SessionView(false, null, null));
  }

  private Outcome<AccountList> accounts(Context ctx) {
    return AccountQuery.parse(
            ctx.queryParam("q"), ctx.queryParam("before"), ctx.queryParam("limit"))
        .map(
            q -> {
              List<Account> page = service.accounts().page(q.search(), q.before(), q.limit());
              Long next = page.size() < q.limit() ? null : page.get(page.size() - 1).id();
              return new AccountList(page.stream().map(AccountView::of).toList(), next);
            });
  }

  private Outcome<AccountView> setRole(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      return Outcome.rejected(noAccount(ctx.pathParam("id")));
    }
    return JsonBodies.read(ctx.bodyAsBytes(), RoleRequest.class).then(r -> setRole(id, r.role()));
  }

  private Outcome<AccountView> setRole(long id, String roleName) {
    if (roleName == null) {
      return Outcome.rejected(Problem.badRequest("role", "'role' is required"));
    }
    Role role;
    try {
      role = Role.valueOf(roleName);
    } catch (IllegalArgumentException e) {
      return Outcome.rejected(
          Problem.of(
              422,
              "unknown-role",
              "Unknown role",
              "roles: " + Arrays.toString(Role.values()),
              "role"));
    }
    return switch (service.accounts().setRole(id, role, service.settings().clock().instant())) {
      case NO_SUCH_ACCOUNT -> Outcome.rejected(noAccount(String.valueOf(id)));
      case LAST_ADMIN ->
          Outcome.rejected(
              Problem.of(
                  409, "last-admin", "Last admin", "make another account admin first", "role"));
      case CHANGED -> Outcome.ok(AccountView.of(service.accounts().byId(id).orElseThrow()));
    };
  }

  private static Problem noAccount(String id) {
    return Problem.of(404, "unknown-account", "Unknown account", "no account " + Echo.of(id), "id");
  }
}
