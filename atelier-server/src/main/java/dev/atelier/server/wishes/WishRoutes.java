package dev.atelier.server.wishes;

import dev.atelier.server.account.Account;
import dev.atelier.server.catalogue.CatalogueRefs;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.design.DesignOrigin;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.DesignEventStore;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.http.TextFields;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.wishes.WishJson.DepartmentInfo;
import dev.atelier.server.wishes.WishJson.Departments;
import dev.atelier.server.wishes.WishJson.Inbox;
import dev.atelier.server.wishes.WishJson.RefusalView;
import dev.atelier.server.wishes.WishJson.ResolveRequest;
import dev.atelier.server.wishes.WishJson.WishCreated;
import dev.atelier.server.wishes.WishJson.WishRequest;
import dev.atelier.server.wishes.WishJson.WishResolved;
import dev.atelier.server.wishes.WishJson.WishView;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

  /** Wishes and refusals an inbox shows. */
  static final int INBOX_WISHES = 100;

  static final int INBOX_REFUSALS = 20;

  /** The triage states of a wish. */
  public static final List<String> STATES = List.of("new", "accepted", "declined", "met");

  /** Most decisions a wish's design may carry. */
  static final int MAX_DECISIONS = 200;

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
                ctx -> Outcome.ok(list()))
            .withAccess(Access.PRODUCT_MANAGER),
        Route.get(
                "/api/departments/{department}/inbox",
                "departmentInbox",
                "A department's wishes (?state=; default: unmet) and most-hit refusals",
                Inbox.class,
                this::inbox)
            .withAccess(Access.PRODUCT_MANAGER));
  }

  private Outcome<WishCreated> wish(Context ctx) {
    Long account = Route.principal(ctx).map(Principal::accountId).orElse(null);
    return JsonBodies.read(ctx.bodyAsBytes(), WishRequest.class)
        .then(
            r ->
                notifyEmail(r, account)
                    .then(
                        email ->
                            checked(r, account)
                                .map(
                                    w ->
                                        new WishCreated(
                                            wishes.insert(w, email.orElse(null)), w.department()))))
        .then(Outcome::created);
  }

  /**
   * The e-mail address an anonymous wisher left to be told when the wish is met, normalized; none
   * for a signed-in wisher (their account is told) or when left empty.
   */
  private static Outcome<Optional<String>> notifyEmail(WishRequest r, @Nullable Long account) {
    if (account != null || r.email() == null || r.email().isBlank()) {
      return Outcome.ok(Optional.empty());
    }
    Optional<Problem> bad = Account.emailProblem(r.email());
    return bad.isPresent()
        ? Outcome.rejected(bad.get())
        : Outcome.ok(Optional.of(Account.normalize(r.email())));
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

  private static Problem notFound(String id) {
    return Problem.of(404, "unknown-wish", "Unknown wish", "no wish " + id, "id");
  }

  private Outcome<Wish> checked(WishRequest r, @Nullable Long account) {
    if (r.session() != null && !DesignOrigin.SESSION_ID.matcher(r.session()).matches()) {
      return Outcome.rejected(
          Problem.badRequest("session", "a session id is 8 to 64 letters, digits, '-' or '_'"));
    }
    String key = DesignEvent.sessionKey(r.session(), account);
    if (key == null) {
      return Outcome.rejected(
          Problem.badRequest("session", "send the design-session id (or sign in)"));
    }
    Optional<Problem> p = CatalogueRefs.required(r.text(), "text");
    if (p.isEmpty() && (r.text().isBlank() || r.text().length() > MAX_TEXT)) {
      p = Optional.of(Problem.badRequest("text", "a wish is 1 to " + MAX_TEXT + " characters"));
    }
    if (p.isEmpty()) {
      p = TextFields.plain(r.text(), "text", true);
    }
    if (p.isPresent()) {
      return Outcome.rejected(p.get());
    }
    return refs.product(r.product(), r.version(), "")
        .then(
            pv -> {
              Optional<Problem> bad = refs.attribute(pv, r.attribute(), "attribute");
              if (bad.isEmpty()) {
                bad = decisionsProblem(pv, r.decisions());
              }
              return bad.isPresent() ? Outcome.<ProductVersion>rejected(bad.get()) : Outcome.ok(pv);
            })
        .map(
            pv ->
                Wish.made(
                    clock.instant(),
                    pv,
                    r.attribute(),
                    r.text(),
                    key,
                    account,
                    r.decisions() == null ? List.of() : r.decisions()));
  }

  /** A wish's design: at most {@value #MAX_DECISIONS} decisions on attributes of the version. */
  private Optional<Problem> decisionsProblem(ProductVersion pv, @Nullable List<Choice> decisions) {
    if (decisions == null) {
      return Optional.empty();
    }
    if (decisions.size() > MAX_DECISIONS) {
      return Optional.of(
          Problem.badRequest("decisions", "at most " + MAX_DECISIONS + " decisions"));
    }
    for (Choice c : decisions) {
      if (c == null || c.attribute() == null || c.value() == null || c.value().length() > 200) {
        return Optional.of(
            Problem.badRequest("decisions", "each decision is {attribute, value} (value ≤ 200)"));
      }
      Optional<Problem> bad = refs.attribute(pv, c.attribute(), "decisions");
      if (bad.isPresent()) {
        return bad;
      }
    }
    return Optional.empty();
  }

  /** The departments now: the catalogue may publish versions while the server runs. */
  private DepartmentDirectory departments() {
    return new DepartmentDirectory(refs.catalogue());
  }

  private Departments list() {
    DepartmentDirectory departments = departments();
    return new Departments(departments.ids().stream().map(id -> info(departments, id)).toList());
  }

  private static DepartmentInfo info(DepartmentDirectory departments, String id) {
    List<DepartmentDirectory.Owner> owners = departments.owners(id);
    Map<String, List<String>> attributes = new java.util.LinkedHashMap<>();
    owners.forEach(
        o ->
            attributes.put(
                o.product().product() + "@" + o.product().version(), o.department().attributes()));
    return new DepartmentInfo(
        id,
        owners.get(0).department().label().texts(),
        List.copyOf(attributes.keySet()),
        attributes);
  }

  private Outcome<Inbox> inbox(Context ctx) {
    String id = ctx.pathParam("department");
    List<DepartmentDirectory.Owner> owners = departments().owners(id);
    Optional<Problem> unknown = DepartmentDirectory.unknown(id, owners);
    if (unknown.isPresent()) {
      return Outcome.rejected(unknown.get());
    }
    String state = ctx.queryParam("state");
    if (state != null && !STATES.contains(state)) {
      return Outcome.rejected(
          Problem.badRequest("state", "a state is one of " + String.join(", ", STATES)));
    }
    List<WishView> wished =
        wishes.ofDepartment(id, state, INBOX_WISHES).stream().map(WishView::of).toList();
    List<RefusalView> refused =
        events.refusals().stream()
            .filter(
                c ->
                    owners.stream()
                        .anyMatch(
                            o ->
                                o.product().product().equals(c.product())
                                    && o.product().version().equals(c.version())
                                    && DepartmentDirectory.owns(
                                        o.product(), id, c.attribute(), c.rule())))
            .sorted(
                Comparator.comparingLong(DesignEventStore.RefusalCount::count)
                    .reversed()
                    .thenComparing(c -> c.product() + "/" + c.attribute() + "/" + c.value()))
            .limit(INBOX_REFUSALS)
            .map(
                c ->
                    new RefusalView(
                        c.product(), c.version(), c.attribute(), c.value(), c.rule(), c.count()))
            .toList();
    Map<String, String> label =
        owners.isEmpty() ? Map.of("en", "Unassigned") : owners.get(0).department().label().texts();
    return Outcome.ok(new Inbox(id, label, wished, refused));
  }
}
