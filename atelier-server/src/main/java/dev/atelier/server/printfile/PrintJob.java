package dev.atelier.server.printfile;

import java.util.Objects;

/**
 * One print area of one production order whose print files are due: what the worker renders.
 * Immutable and thread-safe.
 *
 * @param productionOrder the production order that needs the files
 * @param area the print area's id
 * @param orderId the customer order
 * @param product the product id
 * @param version the model version (its print areas)
 * @param upload the SHA-256 of the customer's upload
 * @param placement where the artwork sits on the area
 */
public record PrintJob(
    String productionOrder,
    String area,
    String orderId,
    String product,
    String version,
    String upload,
    Placement placement) {

  public PrintJob {
    Objects.requireNonNull(productionOrder, "productionOrder");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(upload, "upload");
    Objects.requireNonNull(placement, "placement");
  }
}
