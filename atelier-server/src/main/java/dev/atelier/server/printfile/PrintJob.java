package dev.atelier.server.printfile;

import dev.atelier.server.http.Nullable;
import java.util.Objects;

/**
 * One print area of one production order whose print files are due: what the worker renders, the
 * customer's artwork, the personalization text or both. Immutable and thread-safe.
 *
 * @param productionOrder the production order that needs the files
 * @param area the print area's id
 * @param orderId the customer order
 * @param product the product id
 * @param version the model version (its print areas)
 * @param upload the SHA-256 of the customer's upload; null for a text alone
 * @param placement where the artwork sits on the area; null exactly when {@code upload} is
 * @param text the personalization text on the area; null for artwork alone
 */
public record PrintJob(
    String productionOrder,
    String area,
    String orderId,
    String product,
    String version,
    @Nullable String upload,
    @Nullable Placement placement,
    @Nullable AreaText text) {

  public PrintJob {
    Objects.requireNonNull(productionOrder, "productionOrder");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(version, "version");
    if ((upload == null) != (placement == null)) {
      throw new IllegalArgumentException("an upload needs a placement and a placement an upload");
    }
    if (upload == null && text == null) {
      throw new IllegalArgumentException("a print job needs artwork or text");
    }
  }
}
