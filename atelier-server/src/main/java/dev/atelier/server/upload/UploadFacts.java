package dev.atelier.server.upload;

import java.util.Objects;

/**
 * What the upload checks measured of one stored artwork, without its bytes: what the design routes
 * need to set a print area's facts. Immutable and thread-safe.
 *
 * @param sha256 the upload's id
 * @param kind what the content is
 * @param widthPx width in pixels
 * @param heightPx height in pixels
 * @param colours distinct colours, capped at 65
 * @param photo whether it looks like a photo
 */
public record UploadFacts(
    String sha256, ArtworkKind kind, int widthPx, int heightPx, int colours, boolean photo) {

  public UploadFacts {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(kind, "kind");
  }
}
