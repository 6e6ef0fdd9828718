package dev.atelier.server.design;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.NumberRange;

/**
 * One print area's artwork in a request body ({@code "artwork": {"<area id>": {...}}}): the id of
 * one of the caller's uploads and its rotation in degrees, clockwise (0..359, default 0), and where
 * the area's personalization text is placed. At least one of the upload and the text. Immutable and
 * thread-safe.
 *
 * @param upload the upload's id (the SHA-256 of its cleaned bytes), or null for a placed text alone
 * @param rotation degrees, 0..359, or null for 0
 * @param text the centre of the area's text as placed on the design surface, or null for the
 *     model's position
 */
public record ArtworkRef(
    @Nullable String upload,
    @NumberRange(min = 0, max = 359) @Nullable Integer rotation,
    @Nullable TextAt text) {

  /** An upload turned by {@code rotation}, the text where the model puts it. */
  public ArtworkRef(String upload, @Nullable Integer rotation) {
    this(upload, rotation, null);
  }

  /** The rotation, 0 when not given. */
  public int degrees() {
    return rotation == null ? 0 : rotation;
  }
}
