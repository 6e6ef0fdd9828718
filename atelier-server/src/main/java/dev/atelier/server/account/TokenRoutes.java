package dev.atelier.server.account;

import dev.atelier.server.account.AccountJson.NewToken;
import dev.atelier.server.account.AccountJson.TokenList;
import dev.atelier.server.account.AccountJson.TokenRequest;
import dev.atelier.server.account.AccountJson.TokenView;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Role;
import dev.atelier.server.http.Route;
import dev.atelier.server.http.TextFields;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;

/**
 * API token routes for product managers and admins: list, create (the secret is shown once),
 * revoke. Product managers see and revoke their own tokens, admins everybody's. Thread-safe. Routes
 * over {@code service}.
 */
public record TokenRoutes(AccountService service) {

  private static final int MAX_NAME = 100;

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.get(
                "/api/tokens",
                "listTokens",
                "API tokens (a product manager's own; every token for admins)",
                TokenList.class,
                ctx -> Outcome.ok(new TokenList(service.tokens().list(scope(ctx)))))
            .withAccess(Access.PRODUCT_MANAGER),
        new Route(
            HandlerType.POST,
            "/api/tokens",
            "createToken",
            "Creates a named API token; the answer is the only time its secret is shown",
            TokenRequest.class,
            NewToken.class,
            List.of(422),
            Access.PRODUCT_MANAGER,
            this::create,
            List.of(201)),
        new Route(
            HandlerType.DELETE,
            "/api/tokens/{id}",
            "revokeToken",
            "Revokes an API token",
            null,
            TokenView.class,
            List.of(404),
            Access.PRODUCT_MANAGER,
            this::revoke));
  }

  /** The account whose tokens the caller manages; null for all (admins). */
  private static @Nullable Long scope(Context ctx) {
    Principal p = Route.principal(ctx).orElseThrow();
    return p.role() == Role.ADMIN ? null : p.accountId();
  }

  private Outcome<NewToken> create(Context ctx) {
    Principal p = Route.principal(ctx).orElseThrow();
    return JsonBodies.read(ctx.bodyAsBytes(), TokenRequest.class)
        .then(
            r -> {
              if (r.name() == null) {
                return Outcome.rejected(Problem.badRequest("name", "'name' is required"));
              }
              String name = r.name().trim();
              if (name.isEmpty() || name.length() > MAX_NAME) {
                return Outcome.rejected(
                    Problem.of(
                        422,
                        "invalid-name",
                        "Invalid token name",
                        "the name must have 1 to " + MAX_NAME + " characters",
                        "name"));
              }
              Optional<Problem> unreadable = TextFields.plain(name, "name", false);
              if (unreadable.isPresent()) {
                return Outcome.rejected(unreadable.get());
              }
              return Outcome.created(
                  service
                      .tokens()
                      .create(p.accountId(), name, service.settings().clock().instant()));
            });
  }

  private Outcome<TokenView> revoke(Context ctx) {
    String raw = ctx.pathParam("id");
    long id;
    try {
      id = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      return Outcome.rejected(unknown(raw));
    }
    return service
        .tokens()
        .revoke(id, scope(ctx), service.settings().clock().instant())
        .<Outcome<TokenView>>map(Outcome::ok)
        .orElseGet(() -> Outcome.rejected(unknown(raw)));
  }

  private static Problem unknown(String id) {
    return Problem.of(
        404, "unknown-token", "Unknown token", "no token " + Echo.of(id) + " of yours", "id");
  }
}
