package dev.atelier.server.upload;

/** The artwork types the server accepts, told by content (magic bytes), never by name. */
public enum ArtworkKind {
  PNG("image/png"),
  JPEG("image/jpeg"),
  SVG("image/svg+xml");

  private final String mediaType;

  ArtworkKind(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type stored and served. */
  public String mediaType() {
    return mediaType;
  }

  /** Whether the image is pixels (re-encoded) rather than vectors (sanitised). */
  public boolean raster() {
    return this != SVG;
  }
}
