package dev.atelier.server.saved;

import dev.atelier.server.design.ArtworkRef;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.FileBody;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Route;
import dev.atelier.server.upload.UploadRoutes;
import dev.atelier.server.upload.UploadStore;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /api/saved-designs/{id}/artwork/{area}}: the image a saved design places on a print
 * area, to anyone holding the design's link (the link is the permission, as for the design itself).
 * It reads only uploads that design references; the uploads themselves stay private ({@code
 * /api/uploads/{id}} answers their owners only), and a design request or an order still accepts
 * only the caller's own uploads: whoever opens a shared design and wants to order it uploads the
 * image again (the same bytes, the same content hash, now theirs). Thread-safe.
 *
 * @param store the saved designs
 * @param uploads the stored uploads
 */
public record SavedArtworkRoute(SavedDesigns store, UploadStore uploads) {

  public SavedArtworkRoute {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(uploads, "uploads");
  }

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.get(
            "/api/saved-designs/{id}/artwork/{area}",
            "getSavedDesignArtwork",
            "The image a saved design places on a print area (to anyone with the link)",
            FileBody.class,
            this::read));
  }

  private Outcome<FileBody> read(Context ctx) {
    String id = ctx.pathParam("id");
    String area = ctx.pathParam("area");
    Optional<ArtworkRef> ref = store.find(id).map(d -> d.artwork().get(area));
    return UploadRoutes.file(
        ref.map(ArtworkRef::upload).flatMap(uploads::read),
        "saved design '" + Echo.of(id) + "' has no artwork on '" + Echo.of(area) + "'",
        "area");
  }
}
