package dev.atelier.server.studio;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.catalogue.EffectiveFrom;
import dev.atelier.server.catalogue.ProductFamily;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.catalogue.StoredVersion;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.studio.ImpactJson.Impact;
import dev.atelier.server.studio.StudioJson.AuditLog;
import dev.atelier.server.studio.StudioJson.CheckRequest;
import dev.atelier.server.studio.StudioJson.CheckResult;
import dev.atelier.server.studio.StudioJson.DraftSource;
import dev.atelier.server.studio.StudioJson.EditRequest;
import dev.atelier.server.studio.StudioJson.NewDraftRequest;
import dev.atelier.server.studio.StudioJson.PublishRequest;
import dev.atelier.server.studio.StudioJson.StudioProduct;
import dev.atelier.server.studio.StudioJson.StudioProducts;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The studio for product managers (and admins): products and versions with their status, ends, pins
 * and audit log; a draft's source, checked live, saved and edited by forms; its impact against the
 * current version; publishing at a date with an end for the previous version, and rolling back to a
 * retired version. Every route needs {@link Access#PRODUCT_MANAGER}. Thread-safe.
 */
public final class StudioRoutes {

  private static final String VERSION = "/api/studio/products/{product}/versions/{version}";
  private static final long IMPACT_MILLIS = 30_000;

  private final Drafts drafts;
  private final StudioStore store;
  private final StudioVersions versions;

  /** The studio over {@code drafts}, its audit log and pins in {@code database}. */
  public StudioRoutes(Drafts drafts, Database database) {
    this.drafts = drafts;
    this.store = new StudioStore(database);
    this.versions = new StudioVersions(drafts.catalogue(), store);
  }

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.get(
                "/api/studio/products",
                "studioProducts",
                "Every product with its versions: status, effective from and to, pins",
                StudioProducts.class,
                ctx -> Outcome.ok(new StudioProducts(versions.all())))
            .withAccess(Access.PRODUCT_MANAGER),
        Route.get(
                "/api/studio/audit",
                "studioAudit",
                "Who changed what in the catalogue and when, newest first (?product=)",
                AuditLog.class,
                ctx -> Outcome.ok(new AuditLog(store.auditLog(ctx.queryParam("product")))))
            .withAccess(Access.PRODUCT_MANAGER),
        Route.get(
                VERSION,
                "studioVersion",
                "A version's source with its findings and the values the forms edit",
                DraftSource.class,
                ctx -> stored(ctx).map(this::source))
            .withAccess(Access.PRODUCT_MANAGER),
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
            .withSuccess(201),
        Route.get(
                VERSION + "/impact",
                "studioImpact",
                "What publishing this version would change against the current one",
                Impact.class,
                this::impact)
            .withAccess(Access.PRODUCT_MANAGER),
        Route.post(
                VERSION + "/publish",
                "studioPublish",
                "Publishes a draft from a date, ending the current version's offer at a date",
                PublishRequest.class,
                StudioProduct.class,
                List.of(409),
                this::publish)
            .withAccess(Access.PRODUCT_MANAGER),
        Route.post(
                VERSION + "/rollback",
                "studioRollback",
                "Makes a retired version current again, now or from a date (orders keep their versions)",
                PublishRequest.class,
                StudioProduct.class,
                List.of(409),
                this::rollback)
            .withAccess(Access.PRODUCT_MANAGER));
  }

  private DraftSource source(StoredVersion v) {
    return DraftSummary.of(v, versions.status(v));
  }

  private Outcome<CheckResult> check(Context ctx) {
    return stored(ctx)
        .then(
            v ->
                JsonBodies.read(ctx.bodyAsBytes(), CheckRequest.class)
                    .then(
                        r -> {
                          if (r.source() == null) {
                            return Outcome.rejected(
                                Problem.badRequest("source", "'source' is required"));
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
                          Drafts.Checked c = drafts.check(v.source().format(), r.source());
                          int errors =
                              (int)
                                  c.diagnostics().stream()
                                      .filter(d -> d.severity().equals("error"))
                                      .count();
                          return Outcome.ok(new CheckResult(c.diagnostics(), errors));
                        }));
  }

  private Outcome<DraftSource> save(Context ctx) {
    return stored(ctx)
        .then(
            v ->
                JsonBodies.read(ctx.bodyAsBytes(), CheckRequest.class)
                    .then(
                        r ->
                            r.source() == null
                                ? Outcome.rejected(
                                    Problem.badRequest("source", "'source' is required"))
                                : saved(
                                    ctx,
                                    v,
                                    r.source(),
                                    "edited the source ("
                                        + lines(v.source().text(), r.source())
                                        + ")")));
  }

  private Outcome<DraftSource> edit(Context ctx) {
    return stored(ctx)
        .then(
            v ->
                JsonBodies.read(ctx.bodyAsBytes(), EditRequest.class)
                    .then(
                        r -> {
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
                        }));
  }

  private Outcome<DraftSource> saved(Context ctx, StoredVersion v, String text, String what) {
    return drafts
        .save(v, text)
        .map(
            s -> {
              store.audit(s.product(), s.version(), "edit", what, who(ctx), now());
              return source(s);
            });
  }

  private Outcome<DraftSource> newDraft(Context ctx) {
    return stored(ctx)
        .then(
            v ->
                JsonBodies.read(ctx.bodyAsBytes(), NewDraftRequest.class)
                    .then(
                        r -> {
                          if (r.version() == null || !v.source().format().equals("yaml")) {
                            return Outcome.rejected(
                                Problem.badRequest(
                                    "version",
                                    "'version' is required, and new drafts start from YAML versions"));
                          }
                          return DraftSummary.renamed(v.source().text(), r.version())
                              .then(text -> drafts.create("yaml", text, who(ctx)))
                              .map(
                                  d -> {
                                    store.audit(
                                        d.product(),
                                        d.version(),
                                        "draft",
                                        "started from version " + v.version(),
                                        who(ctx),
                                        now());
                                    return source(d);
                                  })
                              .then(Outcome::created);
                        }));
  }

  private Outcome<Impact> impact(Context ctx) {
    return stored(ctx)
        .then(
            v -> {
              Result<CompiledModel> draft =
                  CompiledModel.compile(
                      Drafts.definition(v).model(), Deadline.inMillis(IMPACT_MILLIS));
              if (!draft.isOk()) {
                return Outcome.rejected(
                    Problem.of(
                        409,
                        "model-has-errors",
                        "The model has errors",
                        draft.failureOrNull().message(),
                        "version"));
              }
              Optional<ProductFamily> family = drafts.catalogue().family(v.product());
              CompiledModel current =
                  family
                      .flatMap(f -> drafts.catalogue().find(f.id(), f.current()))
                      .map(ProductVersion::compiled)
                      .orElse(null);
              return Outcome.ok(
                  ImpactAnalysis.of(
                      store,
                      v.product(),
                      draft.orThrow(),
                      current,
                      now(),
                      Deadline.inMillis(IMPACT_MILLIS)));
            });
  }

  private Outcome<StudioProduct> publish(Context ctx) {
    return stored(ctx)
        .then(
            v ->
                JsonBodies.read(ctx.bodyAsBytes(), PublishRequest.class)
                    .then(
                        r ->
                            EffectiveFrom.parse(r.effectiveFrom(), now())
                                .then(
                                    from ->
                                        (r.previousEffectiveTo() == null
                                                ? Outcome.ok(from)
                                                : EffectiveFrom.parse(
                                                        r.previousEffectiveTo(), now())
                                                    .map(t -> t))
                                            .then(
                                                to -> {
                                                  Optional<String> previous =
                                                      drafts
                                                          .catalogue()
                                                          .family(v.product())
                                                          .map(ProductFamily::current);
                                                  return drafts
                                                      .publish(v, from, who(ctx))
                                                      .map(
                                                          p -> {
                                                            String detail =
                                                                "effective from " + from;
                                                            if (previous.isPresent()) {
                                                              drafts
                                                                  .catalogue()
                                                                  .store()
                                                                  .setEffectiveTo(
                                                                      v.product(),
                                                                      previous.get(),
                                                                      to);
                                                              store.audit(
                                                                  v.product(),
                                                                  previous.get(),
                                                                  "end",
                                                                  "offered until "
                                                                      + to
                                                                      + " (superseded by "
                                                                      + v.version()
                                                                      + ")",
                                                                  who(ctx),
                                                                  now());
                                                              detail +=
                                                                  "; "
                                                                      + previous.get()
                                                                      + " offered until "
                                                                      + to;
                                                            }
                                                            store.audit(
                                                                v.product(),
                                                                v.version(),
                                                                "publish",
                                                                detail,
                                                                who(ctx),
                                                                now());
                                                            return versions.product(v.product());
                                                          });
                                                }))));
  }

  private Outcome<StudioProduct> rollback(Context ctx) {
    return stored(ctx)
        .then(
            v ->
                JsonBodies.read(ctx.bodyAsBytes(), PublishRequest.class)
                    .then(r -> EffectiveFrom.parse(r.effectiveFrom(), now()))
                    .then(from -> rollback(ctx, v, from.isBefore(now()) ? now() : from)));
  }

  /**
   * Makes retired {@code v} current again from {@code from} (now or later); the current version is
   * offered until then.
   */
  private Outcome<StudioProduct> rollback(Context ctx, StoredVersion v, Instant from) {
    String status = versions.status(v);
    if (!status.equals("retired")) {
      return Outcome.rejected(
          Problem.of(
              409,
              "state-conflict",
              "Not a retired version",
              v.product()
                  + " "
                  + v.version()
                  + " is "
                  + status
                  + "; only a retired version can be made current again",
              "version"));
    }
    Instant now = now();
    Optional<String> previous = drafts.catalogue().family(v.product()).map(ProductFamily::current);
    drafts.catalogue().store().republish(v.product(), v.version(), from, who(ctx), now);
    previous.ifPresent(
        p -> {
          drafts.catalogue().store().setEffectiveTo(v.product(), p, from);
          store.audit(
              v.product(),
              p,
              "end",
              "offered until " + from + " (rolled back to " + v.version() + ")",
              who(ctx),
              now);
        });
    store.audit(
        v.product(),
        v.version(),
        "rollback",
        "current again from " + from + previous.map(p -> " instead of " + p).orElse(""),
        who(ctx),
        now);
    return Outcome.ok(versions.product(v.product()));
  }

  private Outcome<StoredVersion> stored(Context ctx) {
    String product = ctx.pathParam("product");
    String version = ctx.pathParam("version");
    Optional<StoredVersion> v = drafts.find(product, version);
    return v.isPresent()
        ? Outcome.ok(v.get())
        : Outcome.rejected(
            Problem.of(
                404,
                "unknown-version",
                "Unknown product version",
                "no version '" + version + "' of product '" + product + "'",
                "version"));
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

  private Instant now() {
    return drafts.catalogue().clock().instant();
  }

  private static String who(Context ctx) {
    return Route.principal(ctx).map(Principal::email).orElse("anonymous");
  }
}
