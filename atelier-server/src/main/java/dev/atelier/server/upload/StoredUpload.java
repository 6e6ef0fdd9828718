package dev.atelier.server.upload;

import java.util.Objects;

/**
 * One stored artwork: the cleaned bytes and what the checks measured. Immutable (the bytes are not
 * copied; nobody changes them).
 *
 * @param sha256 lower-case hex SHA-256 of {@code bytes}, also the upload's id
 * @param kind what the content is
 * @param bytes the cleaned bytes
 * @param widthPx width in pixels
 * @param heightPx height in pixels
 * @param colours distinct colours, capped at 65
 * @param photo whether it looks like a photo
 */
public record StoredUpload(
    String sha256,
    ArtworkKind kind,
    byte[] bytes,
    int widthPx,
    int heightPx,
    int colours,
    boolean photo) {

  public StoredUpload {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** The stored form of an accepted upload. */
  public static StoredUpload of(UploadVerdict.Accepted a) {
    return new StoredUpload(
        a.sha256(), a.kind(), a.bytes(), a.widthPx(), a.heightPx(), a.colours(), a.photo());
  }

  /** The file name offered for download: the hash and the extension of the kind. */
  public String filename() {
    return sha256
        + switch (kind) {
          case PNG -> ".png";
          case JPEG -> ".jpg";
          case SVG -> ".svg";
        };
  }
}
