package dev.atelier.server.design;

import dev.atelier.server.http.Nullable;

/**
 * One print area's artwork in a request body ({@code "artwork": {"<area id>": {...}}}): the id of
 * one of the caller's uploads and its rotation in degrees, clockwise (0..359, default 0). Immutable
 * and thread-safe.
 *
 * @param upload the upload's id (the SHA-256 of its cleaned bytes)
 * @param rotation degrees, 0..359, or null for 0
 */
public record ArtworkRef(String upload, @Nullable Integer rotation) {

  /** The rotation, 0 when not given. */
  public int degrees() {
    return rotation == null ? 0 : rotation;
  }
}
