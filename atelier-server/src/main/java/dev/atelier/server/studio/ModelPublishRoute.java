package dev.atelier.server.studio;

import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.catalogue.ModelJson.ModelVersionView;
import dev.atelier.server.catalogue.ModelJson.PublishRequest;
import dev.atelier.server.catalogue.StoredVersion;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Route;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code POST /api/models/{product}/versions/{version}/publish}, the model API's publish for tokens
 * and scripts: published by {@link Publishing} like the studio's Publish, so it ends the previous
 * version's offer too (at {@code previousEffectiveTo}, else when the new version starts) and logs
 * both. Thread-safe.
 */
record ModelPublishRoute(Drafts drafts, Publishing publishing) {

  Route route() {
    return Route.post(
            "/api/models/{product}/versions/{version}/publish",
            "publishModelVersion",
            "Publish a draft, effective from a date (in the future: scheduled), ending the current"
                + " version's offer when it starts (or at previousEffectiveTo)",
            PublishRequest.class,
            ModelVersionView.class,
            List.of(409),
            this::publish)
        .withAccess(Access.PRODUCT_MANAGER);
  }

  private Outcome<ModelVersionView> publish(Context ctx) {
    String product = ctx.pathParam("product");
    String version = ctx.pathParam("version");
    return JsonBodies.read(ctx.bodyAsBytes(), PublishRequest.class)
        .then(
            r ->
                drafts
                    .stored(product, version)
                    .then(
                        v ->
                            publishing.publish(
                                v,
                                r.effectiveFrom(),
                                r.previousEffectiveTo(),
                                StudioContext.who(ctx))))
        .then(v -> drafts.stored(product, version))
        .map(this::view);
  }

  private ModelVersionView view(StoredVersion v) {
    boolean current =
        drafts
            .catalogue()
            .family(v.product())
            .map(f -> f.current().equals(v.version()))
            .orElse(false);
    return drafts.view(v, current);
  }
}
