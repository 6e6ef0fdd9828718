package dev.atelier.server.studio;

import static dev.atelier.server.studio.StudioContext.VERSION;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.catalogue.EffectiveFrom;
import dev.atelier.server.catalogue.ProductFamily;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.catalogue.StoredVersion;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.studio.ImpactJson.Impact;
import dev.atelier.server.studio.StudioJson.PublishRequest;
import dev.atelier.server.studio.StudioJson.StudioProduct;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Making versions current in the studio: the impact of publishing a version against the current
 * one, publishing a draft from a date (ending the previous version's offer), and rolling back to a
 * retired version. Every change is logged. Thread-safe.
 */
record StudioPublishRoutes(StudioContext studio, Publishing publishing) {

  private static final long IMPACT_MILLIS = 30_000;

  List<Route> routes() {
    return List.of(
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

  private Outcome<Impact> impact(Context ctx) {
    return studio.stored(ctx).then(v -> studio.drafts.checking(() -> impact(v)));
  }

  /** The impact of publishing {@code v} (a compile and an analysis of up to 30 s each). */
  private Outcome<Impact> impact(StoredVersion v) {
    Result<CompiledModel> draft =
        CompiledModel.compile(Drafts.definition(v).model(), Deadline.inMillis(IMPACT_MILLIS));
    if (!draft.isOk()) {
      return Outcome.rejected(
          Problem.of(
              409,
              "model-has-errors",
              "The model has errors",
              draft.failureOrNull().message(),
              "version"));
    }
    CompiledModel current =
        studio
            .drafts
            .catalogue()
            .family(v.product())
            .flatMap(f -> studio.drafts.catalogue().find(f.id(), f.current()))
            .map(ProductVersion::compiled)
            .orElse(null);
    return Outcome.ok(
        ImpactAnalysis.of(
            studio.store,
            v.product(),
            draft.orThrow(),
            current,
            studio.now(),
            Deadline.inMillis(IMPACT_MILLIS)));
  }

  private Outcome<StudioProduct> publish(Context ctx) {
    return studio.withBody(
        ctx,
        PublishRequest.class,
        (v, r) ->
            publishing
                .publish(v, r.effectiveFrom(), r.previousEffectiveTo(), StudioContext.who(ctx))
                .map(p -> studio.versions.product(v.product())));
  }

  private Outcome<StudioProduct> rollback(Context ctx) {
    return studio.withBody(
        ctx,
        PublishRequest.class,
        (v, r) ->
            EffectiveFrom.parse(r.effectiveFrom(), studio.now())
                .then(from -> rollback(ctx, v, from.isBefore(studio.now()) ? studio.now() : from)));
  }

  /**
   * Makes retired {@code v} current again from {@code from} (now or later); the current version is
   * offered until then.
   */
  private Outcome<StudioProduct> rollback(Context ctx, StoredVersion v, Instant from) {
    String status = studio.versions.status(v);
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
    Instant now = studio.now();
    Optional<String> previous = current(v.product());
    boolean mine =
        studio
            .drafts
            .catalogue()
            .store()
            .atomically(
                "roll back " + v.product() + " " + v.version(),
                store -> {
                  if (!store
                      .publications()
                      .republish(
                          v.product(),
                          v.version(),
                          Objects.requireNonNull(
                              v.effectiveFrom(), "a retired version's effective-from"),
                          from,
                          StudioContext.who(ctx),
                          now)) {
                    return false;
                  }
                  previous.ifPresent(
                      p ->
                          StudioContext.end(
                              store,
                              StudioContext.who(ctx),
                              v.product(),
                              p,
                              from,
                              "rolled back to " + v.version(),
                              now));
                  store.log(
                      StudioContext.entry(
                          ctx,
                          v.product(),
                          v.version(),
                          "rollback",
                          "current again from "
                              + from
                              + previous.map(p -> " instead of " + p).orElse(""),
                          now));
                  return true;
                });
    if (!mine) {
      return Outcome.rejected(
          Problem.of(
              409,
              "state-conflict",
              "Rolled back meanwhile",
              v.product() + " " + v.version() + " changed while this roll back was asked for",
              "version"));
    }
    return Outcome.ok(studio.versions.product(v.product()));
  }

  /** The current version of {@code product}, if it has one. */
  private Optional<String> current(String product) {
    return studio.drafts.catalogue().family(product).map(ProductFamily::current);
  }
}
