package dev.atelier.server.printfile;

import dev.atelier.server.http.Nullable;
import java.util.Objects;

/**
 * A print job as staff see it: which production order and print area, its state and why its last
 * attempt failed. Immutable and thread-safe.
 *
 * @param productionOrder the production order that needs the files
 * @param area the print area's id
 * @param orderId the customer order
 * @param product the product id
 * @param status {@code due}, {@code done} or {@code dead}
 * @param attempts failed attempts of its current series
 * @param reason why the last attempt failed, or null
 * @param retried whether staff retried it since it last died
 */
public record PrintJobView(
    String productionOrder,
    String area,
    String orderId,
    String product,
    String status,
    int attempts,
    @Nullable String reason,
    boolean retried) {

  public PrintJobView {
    Objects.requireNonNull(productionOrder, "productionOrder");
    Objects.requireNonNull(status, "status");
  }
}
