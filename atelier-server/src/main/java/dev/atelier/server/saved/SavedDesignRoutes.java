package dev.atelier.server.saved;

import dev.atelier.server.design.DesignCheck;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.http.TextFields;
import dev.atelier.server.saved.SavedDesignJson.OwnDesign;
import dev.atelier.server.saved.SavedDesignJson.OwnDesigns;
import dev.atelier.server.saved.SavedDesignJson.RenameRequest;
import dev.atelier.server.saved.SavedDesignJson.SaveRequest;
import dev.atelier.server.saved.SavedDesignJson.SavedDesignView;
import dev.atelier.server.upload.UploadOwner;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Save a design and reopen it by its short id ({@code /api/saved-designs}). A design is checked
 * (known attributes and values, decisions that fit together) and priced before it is saved. A
 * signed-in customer's design saved with a name is theirs, with its texts: listed on {@code GET
 * /api/account/designs}, renamed and deleted only by them (another's id answers 404 like an unknown
 * one). Thread-safe. Routes saving designs checked by {@code check} into {@code store}.
 */
public record SavedDesignRoutes(DesignCheck check, SavedDesigns store, Clock clock) {

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  private static final int ID_LENGTH = 8;

  /**
   * Designs one client address may save a minute (429 beyond), as many as artwork uploads: each
   * save is a row kept for good, so without it one client stored 1,000 in 16 s.
   */
  public static final int SAVES_PER_MINUTE = 60;

  /** Longest name of a saved design. */
  static final int MAX_NAME = 200;

  private static final int MAX_TEXTS = 50;
  private static final int MAX_TEXT = 1000;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.post(
            "/api/saved-designs",
            "saveDesign",
            "Save a design: its short id, share link and price",
            SaveRequest.class,
            SavedDesignView.class,
            List.of(409, 422),
            this::save),
        Route.get(
            "/api/saved-designs/{id}",
            "getSavedDesign",
            "A saved design by its short id",
            SavedDesignView.class,
            this::find),
        Route.get(
                "/api/account/designs",
                "ownDesigns",
                "The signed-in customer's saved designs, newest first, with their names and texts,"
                    + " 200 a page (query parameter before: the previous page's next)",
                OwnDesigns.class,
                this::own)
            .withAccess(Access.SIGNED_IN),
        new Route(
            HandlerType.PATCH,
            "/api/saved-designs/{id}",
            "renameSavedDesign",
            "Rename one of the caller's saved designs (another's answers 404)",
            RenameRequest.class,
            SavedDesignView.class,
            List.of(404),
            Access.SIGNED_IN,
            this::rename),
        new Route(
            HandlerType.DELETE,
            "/api/saved-designs/{id}",
            "deleteSavedDesign",
            "Delete one of the caller's saved designs (another's answers 404)",
            null,
            SavedDesignView.class,
            List.of(404),
            Access.SIGNED_IN,
            this::delete));
  }

  private Outcome<OwnDesigns> own(Context ctx) {
    long owner = Route.principal(ctx).orElseThrow().accountId();
    String before = ctx.queryParam("before");
    Optional<DesignCursor> after = before == null ? Optional.empty() : DesignCursor.parse(before);
    if (before != null && after.isEmpty()) {
      return Outcome.rejected(
          Problem.badRequest(
              "before",
              "'before' must be the 'next' of a page of designs, got '" + Echo.of(before) + "'"));
    }
    List<SavedDesign> page = store.ofOwner(owner, after.orElse(null), SavedDesigns.MAX_LISTED + 1);
    boolean more = page.size() > SavedDesigns.MAX_LISTED;
    List<SavedDesign> shown = more ? page.subList(0, SavedDesigns.MAX_LISTED) : page;
    String next = more ? DesignCursor.after(shown.get(shown.size() - 1)).text() : null;
    return Outcome.ok(new OwnDesigns(shown.stream().map(OwnDesign::of).toList(), next));
  }

  private Outcome<SavedDesignView> rename(Context ctx) {
    long owner = Route.principal(ctx).orElseThrow().accountId();
    String id = ctx.pathParam("id");
    return JsonBodies.read(ctx.bodyAsBytes(), RenameRequest.class)
        .then(r -> name(r.name()))
        .then(
            name ->
                store.rename(id, owner, name)
                    ? Outcome.ok(SavedDesignView.of(store.find(id).orElseThrow()))
                    : Outcome.rejected(unknown(id)));
  }

  private Outcome<SavedDesignView> delete(Context ctx) {
    long owner = Route.principal(ctx).orElseThrow().accountId();
    String id = ctx.pathParam("id");
    Optional<SavedDesign> saved = store.find(id).filter(d -> Objects.equals(d.owner(), owner));
    return saved.isPresent() && store.delete(id, owner)
        ? Outcome.ok(SavedDesignView.of(saved.get()))
        : Outcome.rejected(unknown(id));
  }

  /**
   * A name of 1 to {@value #MAX_NAME} characters of plain text (anyone with the link reads it), on
   * one line, stripped.
   */
  private static Outcome<String> name(String name) {
    String stripped = name == null ? "" : name.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
      return Outcome.rejected(
          Problem.badRequest("name", "a design's name is 1 to " + MAX_NAME + " characters"));
    }
    return TextFields.plain(stripped, "name", false)
        .<Outcome<String>>map(Outcome::rejected)
        .orElseGet(() -> Outcome.ok(stripped));
  }

  private static Outcome<Map<String, String>> texts(@Nullable Map<String, String> texts) {
    Map<String, String> given = texts == null ? Map.of() : texts;
    boolean fits =
        given.size() <= MAX_TEXTS
            && given.entrySet().stream()
                .allMatch(
                    e ->
                        e.getKey().length() <= 200
                            && e.getValue() != null
                            && e.getValue().length() <= MAX_TEXT);
    return fits
        ? Outcome.ok(given)
        : Outcome.rejected(
            Problem.badRequest(
                "texts",
                "at most " + MAX_TEXTS + " texts of at most " + MAX_TEXT + " characters each"));
  }

  private Outcome<SavedDesignView> save(Context ctx) {
    Long caller = Route.principal(ctx).map(Principal::accountId).orElse(null);
    return JsonBodies.read(ctx.bodyAsBytes(), SaveRequest.class)
        .then(r -> r.name() == null ? Outcome.ok(r) : name(r.name()).map(n -> r))
        .then(r -> texts(r.texts()).map(t -> r))
        .then(
            r ->
                check
                    .check(
                        r.design(),
                        "design",
                        r.artwork() == null ? Map.of() : r.artwork(),
                        UploadOwner.callers(ctx, caller))
                    .map(
                        checked -> {
                          // A signed-in caller's named (or mine) design is theirs, with its
                          // texts; a design saved without either (a share link) belongs to nobody.
                          Long owner = r.kept() ? caller : null;
                          String name = owner == null || r.name() == null ? null : r.name().strip();
                          Map<String, String> texts =
                              owner == null || r.texts() == null ? Map.of() : r.texts();
                          SavedDesign saved;
                          do {
                            saved =
                                new SavedDesign(
                                    newId(),
                                    checked.design(),
                                    checked.price(),
                                    now(),
                                    owner,
                                    name,
                                    texts,
                                    checked.artwork());
                          } while (!store.insert(saved));
                          return SavedDesignView.of(saved);
                        }));
  }

  private Outcome<SavedDesignView> find(Context ctx) {
    String id = ctx.pathParam("id");
    return store
        .find(id)
        .map(SavedDesignView::of)
        .<Outcome<SavedDesignView>>map(Outcome::ok)
        .orElseGet(() -> Outcome.rejected(unknown(id)));
  }

  private static Problem unknown(String id) {
    return Problem.of(
        404,
        "unknown-saved-design",
        "Unknown saved design",
        "no saved design '" + Echo.of(id) + "'",
        "id");
  }

  /** Now, to the microsecond: what both databases keep, so a reopened design reads the same. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private String newId() {
    StringBuilder id = new StringBuilder(ID_LENGTH);
    for (int i = 0; i < ID_LENGTH; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
