package dev.atelier.server.catalogue;

import dev.atelier.server.catalogue.ModelJson.ModelList;
import dev.atelier.server.catalogue.ModelJson.ModelVersionView;
import dev.atelier.server.catalogue.ModelJson.UploadRequest;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.http.Utf8Body;
import dev.atelier.server.http.WorkGate;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model catalogue for product managers: upload a model (checked, kept as a draft with its
 * diagnostics), list and read versions. Publishing a draft ({@code .../publish}) is the studio's
 * ({@code dev.atelier.server.studio.ModelPublishRoute}), so both ways publish alike. Every route
 * needs {@link Access#PRODUCT_MANAGER}. Thread-safe.
 */
public final class ModelRoutes {

  private final StoredCatalogue catalogue;
  private final ModelUploads uploads;

  /** Routes over {@code catalogue}, checking uploads within {@code checkMillis}. */
  public ModelRoutes(StoredCatalogue catalogue, long checkMillis) {
    this(catalogue, checkMillis, ModelUploads.CHECKS);
  }

  /**
   * As above, checking as many uploads at once as {@code checks} lets (beyond: 503 busy, nothing
   * stored).
   */
  public ModelRoutes(StoredCatalogue catalogue, long checkMillis, WorkGate checks) {
    this.catalogue = catalogue;
    this.uploads = new ModelUploads(catalogue.store(), catalogue.clock(), checkMillis, checks);
  }

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.post(
                "/api/models",
                "uploadModel",
                "Upload a model (format + source): a draft version with its diagnostics and counts",
                UploadRequest.class,
                ModelVersionView.class,
                List.of(409, 413, 422),
                this::upload)
            .withAccess(Access.PRODUCT_MANAGER)
            .withSuccess(201),
        Route.post(
                "/api/models/yaml",
                "uploadModelYaml",
                "Upload a model in the native YAML format (the body is the file)",
                String.class,
                ModelVersionView.class,
                List.of(409, 413, 422),
                this::uploadYaml)
            .withAccess(Access.PRODUCT_MANAGER)
            .withSuccess(201),
        Route.get(
                "/api/models",
                "listModels",
                "Every model version, drafts and scheduled ones included",
                ModelList.class,
                ctx -> Outcome.ok(list()))
            .withAccess(Access.PRODUCT_MANAGER),
        Route.get(
                "/api/models/{product}/versions/{version}",
                "getModelVersion",
                "One model version (draft, scheduled or published) with its diagnostics (a version"
                    + " stored unchecked, such as a seeded demo, is checked on first request)",
                ModelVersionView.class,
                this::get)
            .withAccess(Access.PRODUCT_MANAGER));
  }

  private Outcome<ModelVersionView> upload(Context ctx) {
    return JsonBodies.read(ctx.bodyAsBytes(), UploadRequest.class)
        .then(r -> uploads.upload(r, who(ctx)))
        .then(v -> Outcome.created(ModelViews.view(v, catalogue.clock().instant(), false)));
  }

  private Outcome<ModelVersionView> uploadYaml(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    Optional<Problem> notUtf8 = Utf8Body.problem(body);
    if (notUtf8.isPresent()) {
      return Outcome.rejected(notUtf8.get());
    }
    String text = new String(body, StandardCharsets.UTF_8);
    return uploads
        .upload(new UploadRequest("yaml", text, null, null), who(ctx))
        .then(v -> Outcome.created(ModelViews.view(v, catalogue.clock().instant(), false)));
  }

  private ModelList list() {
    Instant now = catalogue.clock().instant();
    Map<String, String> current = new HashMap<>();
    catalogue.families().forEach(f -> current.put(f.id(), f.current()));
    return new ModelList(
        catalogue.store().all().stream()
            .map(v -> ModelViews.view(v, now, v.version().equals(current.get(v.product()))))
            .toList());
  }

  private Outcome<ModelVersionView> get(Context ctx) {
    return stored(catalogue, ctx.pathParam("product"), ctx.pathParam("version"))
        .map(uploads::checked)
        .map(this::view);
  }

  private ModelVersionView view(StoredVersion v) {
    boolean current =
        catalogue.family(v.product()).map(f -> f.current().equals(v.version())).orElse(false);
    return ModelViews.view(v, catalogue.clock().instant(), current);
  }

  /** {@code product} {@code version} as stored, or 404 naming the product or the version. */
  static Outcome<StoredVersion> stored(StoredCatalogue catalogue, String product, String version) {
    Optional<StoredVersion> found = catalogue.store().find(product, version);
    if (found.isPresent()) {
      return Outcome.ok(found.get());
    }
    if (!catalogue.store().hasProduct(product)) {
      return Outcome.rejected(
          Problem.of(
              404,
              "unknown-product",
              "Unknown product",
              "no product '" + Echo.of(product) + "'",
              "product"));
    }
    return Outcome.rejected(
        Problem.of(
            404,
            "unknown-version",
            "Unknown product version",
            "product '" + Echo.of(product) + "' has no version '" + Echo.of(version) + "'",
            "version"));
  }

  private static String who(Context ctx) {
    return Route.principal(ctx).map(Principal::email).orElse("anonymous");
  }
}
