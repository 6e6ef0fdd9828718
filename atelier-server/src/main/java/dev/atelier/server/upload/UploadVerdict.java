package dev.atelier.server.upload;

/** What the checks made of one upload: the cleaned artwork, or why it is refused. */
public sealed interface UploadVerdict {

  /**
   * Accepted: {@code bytes} are the cleaned artwork (raster re-encoded without metadata, SVG
   * re-serialised after the checks), named by {@code sha256} of those bytes.
   *
   * @param kind what the content is
   * @param bytes the cleaned bytes that are stored
   * @param sha256 lower-case hex SHA-256 of {@code bytes}
   * @param widthPx width in pixels (SVG: its declared or viewBox width)
   * @param heightPx height in pixels
   * @param colours distinct colours, capped at 65 (more counts as 65)
   * @param photo whether it looks like a photo (continuous tone: many distinct colours)
   */
  record Accepted(
      ArtworkKind kind,
      byte[] bytes,
      String sha256,
      int widthPx,
      int heightPx,
      int colours,
      boolean photo)
      implements UploadVerdict {}

  /**
   * Refused with nothing written.
   *
   * @param field the request field at fault ({@code file}, {@code contentType})
   * @param status the HTTP status (413 too large, 415 wrong type, 422 unsafe or unreadable)
   * @param reason what the customer reads
   */
  record Refused(String field, int status, String reason) implements UploadVerdict {}
}
