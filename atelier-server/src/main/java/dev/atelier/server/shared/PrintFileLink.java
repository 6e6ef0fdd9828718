package dev.atelier.server.shared;

import java.util.Objects;

/**
 * A reference to one stored print file, as production orders, the work-centre queue and the {@code
 * order.placed} event carry it. Immutable and thread-safe.
 *
 * @param area the print area's id
 * @param format {@code png} or {@code pdf}
 * @param sha256 the SHA-256 of the file's bytes (its id)
 * @param widthPx the image's width in pixels (the area's width at 300 dpi)
 * @param heightPx the image's height in pixels
 * @param path where staff download it
 */
public record PrintFileLink(
    String area, String format, String sha256, int widthPx, int heightPx, String path) {

  /** The download route's path, with {@code {id}} for the hash. */
  public static final String ROUTE = "/api/print-files/{id}";

  public PrintFileLink {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(path, "path");
  }

  /** A link to {@code sha256}, with the download path made from it. */
  public static PrintFileLink of(
      String area, String format, String sha256, int widthPx, int heightPx) {
    return new PrintFileLink(
        area, format, sha256, widthPx, heightPx, ROUTE.replace("{id}", sha256));
  }
}
