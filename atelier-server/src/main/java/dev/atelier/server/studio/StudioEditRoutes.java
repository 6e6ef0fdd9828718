package dev.atelier.server.studio;

import static dev.atelier.server.studio.StudioContext.VERSION;

import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.catalogue.StoredVersion;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.studio.StudioJson.CheckRequest;
import dev.atelier.server.studio.StudioJson.CheckResult;
import dev.atelier.server.studio.StudioJson.DraftSource;
import dev.atelier.server.studio.StudioJson.EditRequest;
import dev.atelier.server.studio.StudioJson.NewDraftRequest;
import io.javalin.http.Context;
import java.util.List;

/**
 * Editing drafts in the studio: checking a source live, saving it, one everyday change by a form,
 * and starting a new draft from a version. Every change is logged. Thread-safe.
 */
record StudioEditRoutes(StudioContext studio) {

  List<Route> routes() {
    return List.of(
        Route.post(
                VERSION + "/check",
                "studioCheck",
                "Checks a source without keeping it: its findings at file:line:col",
                CheckRequest.class,
                CheckResult.class,
                List.of(413),
                this::check)
            .withAccess(Access.PRODUCT_MANAGER),
        Route.post(
                VERSION + "/source",
                "studioSave",
                "Replaces a draft's source (it keeps its product and version)",
                CheckRequest.class,
                DraftSource.class,
                List.of(409, 413, 422),
                this::save)
            .withAccess(Access.PRODUCT_MANAGER),
        Route.post(
                VERSION + "/edit",
                "studioEdit",
                "One everyday change to a draft: a price, labels, a new or a retired value",
                EditRequest.class,
                DraftSource.class,
                List.of(409, 422),
                this::edit)
            .withAccess(Access.PRODUCT_MANAGER),
        Route.post(
                VERSION + "/drafts",
                "studioNewDraft",
                "Starts a draft from this version under a new version name",
                NewDraftRequest.class,
                DraftSource.class,
                List.of(409, 422),
                this::newDraft)
            .withAccess(Access.PRODUCT_MANAGER)
            .withSuccess(201));
  }

  private Outcome<CheckResult> check(Context ctx) {
    return studio.withBody(
        ctx,
        CheckRequest.class,
        (v, r) -> {
          if (r.source() == null) {
            return Outcome.rejected(Problem.badRequest("source", "'source' is required"));
          }
          if (r.source().length() > 48 * 1024) {
            return Outcome.rejected(
                Problem.of(
                    413,
                    "model-too-large",
                    "The model is too large",
                    "at most 49152 characters",
                    "source"));
          }
          Drafts.Checked c = studio.drafts.check(v.source().format(), r.source());
          int errors =
              (int) c.diagnostics().stream().filter(d -> d.severity().equals("error")).count();
          return Outcome.ok(new CheckResult(c.diagnostics(), errors));
        });
  }

  private Outcome<DraftSource> save(Context ctx) {
    return studio.withBody(
        ctx,
        CheckRequest.class,
        (v, r) ->
            r.source() == null
                ? Outcome.rejected(Problem.badRequest("source", "'source' is required"))
                : saved(
                    ctx,
                    v,
                    r.source(),
                    "edited the source (" + lines(v.source().text(), r.source()) + ")"));
  }

  private Outcome<DraftSource> edit(Context ctx) {
    return studio.withBody(
        ctx,
        EditRequest.class,
        (v, r) -> {
          if (!v.source().format().equals("yaml")) {
            return Outcome.rejected(
                Problem.badRequest(
                    "kind",
                    "forms edit YAML models; edit this "
                        + v.source().format()
                        + " source directly"));
          }
          return SourceEdits.apply(v.source().text(), r)
              .then(text -> saved(ctx, v, text, describe(r)));
        });
  }

  private Outcome<DraftSource> saved(Context ctx, StoredVersion v, String text, String what) {
    return studio
        .drafts
        .save(
            v, text, StudioContext.entry(ctx, v.product(), v.version(), "edit", what, studio.now()))
        .map(studio::source);
  }

  private Outcome<DraftSource> newDraft(Context ctx) {
    return studio.withBody(
        ctx,
        NewDraftRequest.class,
        (v, r) -> {
          if (r.version() == null || !v.source().format().equals("yaml")) {
            return Outcome.rejected(
                Problem.badRequest(
                    "version", "'version' is required, and new drafts start from YAML versions"));
          }
          return DraftSummary.renamed(v.source().text(), r.version())
              .then(
                  text ->
                      studio.drafts.create(
                          "yaml",
                          text,
                          StudioContext.who(ctx),
                          d ->
                              StudioContext.entry(
                                  ctx,
                                  d.product(),
                                  d.version(),
                                  "draft",
                                  "started from version " + v.version(),
                                  studio.now())))
              .map(studio::source)
              .then(Outcome::created);
        });
  }

  private static String describe(EditRequest r) {
    String target = r.attribute() + (r.value() == null ? "" : " = " + r.value());
    return switch (r.kind()) {
      case "price" -> "price of " + target + " set to " + r.price();
      case "label" -> "label of " + target + " set to " + r.labels();
      case "add-value" -> "added " + target + (r.price() == null ? "" : " at " + r.price());
      default -> "retired " + target;
    };
  }

  private static String lines(String before, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    long removed = a.stream().filter(l -> !b.contains(l)).count();
    long added = b.stream().filter(l -> !a.contains(l)).count();
    return "+" + added + " -" + removed + " lines";
  }
}
