package dev.atelier.server.wishes;

import dev.atelier.server.catalogue.CatalogueRefs;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.http.TextFields;
import dev.atelier.server.wishes.WishJson.Departments;
import dev.atelier.server.wishes.WishJson.Inbox;
import dev.atelier.server.wishes.WishJson.ResolveRequest;
import dev.atelier.server.wishes.WishJson.WishCreated;
import dev.atelier.server.wishes.WishJson.WishRequest;
import dev.atelier.server.wishes.WishJson.WishResolved;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The wish box ({@code POST /api/wishes}, public), the department inboxes ({@code GET
 * /api/departments}, {@code GET /api/departments/{id}/inbox}) and marking a wish met ({@code PATCH
 * /api/wishes/{id}}), for product managers. Immutable and thread-safe. Routes over {@code refs}'
 * catalogue, storing in {@code wishes}, counting {@code events}.
 */
public record WishRoutes(
    CatalogueRefs refs, WishStore wishes, DesignEventStore events, Clock clock) {

  /** Longest wish text. */
  public static final int MAX_TEXT = 1000;

  /** The triage states of a wish. */
  public static final List<String> STATES = List.of("new", "accepted", "declined", "met");

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.post(
            "/api/wishes",
            "wish",
            "Wish for something not offered; routed to the department owning the attribute",
            WishRequest.class,
            WishCreated.class,
            List.of(422),
            this::wish),
        new Route(
            HandlerType.PATCH,
            "/api/wishes/{id}",
            "resolveWish",
            "Mark a wish met (it leaves the inbox and the unmet counts)",
            ResolveRequest.class,
            WishResolved.class,
            List.of(404, 409),
            Access.PRODUCT_MANAGER,
            this::resolve),
        Route.get(
                "/api/departments",
                "departments",
                "The departments owning attributes and rules",
                Departments.class,
                ctx -> Outcome.ok(inboxes().list()))
            .withAccess(Access.PRODUCT_MANAGER),
        Route.get(
                "/api/departments/{department}/inbox",
                "departmentInbox",
                "A department's wishes (?state=; default: unmet) and most-hit refusals",
                Inbox.class,
                ctx -> inboxes().inbox(ctx.pathParam("department"), ctx.queryParam("state")))
            .withAccess(Access.PRODUCT_MANAGER));
  }

  private Outcome<WishCreated> wish(Context ctx) {
    Long account = Route.principal(ctx).map(Principal::accountId).orElse(null);
    WishRequests requests = new WishRequests(refs, clock);
    return JsonBodies.read(ctx.bodyAsBytes(), WishRequest.class)
        .then(
            r ->
                WishRequests.notifyEmail(r, account)
                    .then(
                        email ->
                            requests
                                .checked(r, account)
                                .map(
                                    w ->
                                        new WishCreated(
                                            wishes.insert(w, email.orElse(null)), w.department()))))
        .then(Outcome::created);
  }

  private Outcome<WishResolved> resolve(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      return Outcome.rejected(notFound(ctx.pathParam("id")));
    }
    Optional<WishStore.Stored> wish = wishes.find(id);
    if (wish.isEmpty()) {
      return Outcome.rejected(notFound(ctx.pathParam("id")));
    }
    return JsonBodies.read(ctx.bodyAsBytes(), ResolveRequest.class)
        .then(
            r -> {
              Optional<Problem> p = CatalogueRefs.required(r.resolution(), "resolution");
              if (p.isEmpty() && (r.resolution().isBlank() || r.resolution().length() > MAX_TEXT)) {
                p =
                    Optional.of(
                        Problem.badRequest(
                            "resolution", "a resolution is 1 to " + MAX_TEXT + " characters"));
              }
              if (p.isEmpty()) {
                p = TextFields.plain(r.resolution(), "resolution", true);
              }
              if (p.isEmpty() && !wishes.resolve(id, r.resolution().strip(), clock.instant())) {
                p =
                    Optional.of(
                        Problem.of(
                            409,
                            "already-resolved",
                            "Already resolved",
                            "wish " + id + " was already marked met",
                            "id"));
              }
              return p.isPresent()
                  ? Outcome.<WishResolved>rejected(p.get())
                  : Outcome.ok(
                      new WishResolved(id, wish.get().wish().department(), r.resolution().strip()));
            });
  }

  private DepartmentInboxes inboxes() {
    return new DepartmentInboxes(refs, wishes, events);
  }

  private static Problem notFound(String id) {
    return Problem.of(404, "unknown-wish", "Unknown wish", "no wish " + Echo.of(id), "id");
  }
}
