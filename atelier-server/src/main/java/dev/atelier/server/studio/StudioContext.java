package dev.atelier.server.studio;

import dev.atelier.server.catalogue.CatalogueAudit;
import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.catalogue.ModelStore;
import dev.atelier.server.catalogue.StoredVersion;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.studio.StudioJson.DraftSource;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What every studio route shares: the drafts, the audit log and pins, the versions' status, and
 * reading the addressed version, the caller and the request body. Thread-safe.
 */
final class StudioContext {

  static final String VERSION = "/api/studio/products/{product}/versions/{version}";

  final Drafts drafts;
  final StudioStore store;
  final StudioVersions versions;

  StudioContext(Drafts drafts, StudioStore store) {
    this.drafts = drafts;
    this.store = store;
    this.versions = new StudioVersions(drafts.catalogue(), store);
  }

  /** The version the path names, or 404. */
  Outcome<StoredVersion> stored(Context ctx) {
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
                "no version '" + Echo.of(version) + "' of product '" + Echo.of(product) + "'",
                "version"));
  }

  /** The version the path names and the request body as {@code type}, handed to {@code then}. */
  <R, T> Outcome<T> withBody(
      Context ctx, Class<R> type, BiFunction<StoredVersion, R, Outcome<T>> then) {
    return stored(ctx)
        .then(v -> JsonBodies.read(ctx.bodyAsBytes(), type).then(r -> then.apply(v, r)));
  }

  DraftSource source(StoredVersion v) {
    return DraftSummary.of(v, versions.status(v));
  }

  /**
   * The audit entry of {@code action} on {@code product} {@code version} by the caller at {@code
   * at}.
   */
  static CatalogueAudit entry(
      Context ctx, String product, String version, String action, String detail, Instant at) {
    return new CatalogueAudit(product, version, action, detail, who(ctx), at);
  }

  /**
   * Ends the offer of {@code product} {@code version} at {@code to}, and logs why by {@code who} at
   * {@code at}, through {@code store} (a transaction's view: the caller's change and this end land
   * together).
   */
  static void end(
      ModelStore store,
      String who,
      String product,
      String version,
      Instant to,
      String why,
      Instant at) {
    store.publications().setEffectiveTo(product, version, to);
    store.log(
        new CatalogueAudit(
            product, version, "end", "offered until " + to + " (" + why + ")", who, at));
  }

  Instant now() {
    return drafts.catalogue().clock().instant();
  }

  static String who(Context ctx) {
    return Route.principal(ctx).map(Principal::email).orElse("anonymous");
  }
}
