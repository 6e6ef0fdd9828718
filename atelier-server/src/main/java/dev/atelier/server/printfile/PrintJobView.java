package dev.atelier.server.printfile;

import dev.atelier.server.http.Nullable;
import java.util.Map;
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
 * @param version the product's version the order pins
 * @param areaLabels the print area's label per language (empty when the catalogue lacks it)
 * @param why the reason's code and values for the pages to translate, or null without a reason
 */
public record PrintJobView(
    String productionOrder,
    String area,
    String orderId,
    String product,
    String status,
    int attempts,
    @Nullable String reason,
    boolean retried,
    String version,
    Map<String, String> areaLabels,
    @Nullable PrintFailure.Reason why) {

  public PrintJobView {
    Objects.requireNonNull(productionOrder, "productionOrder");
    Objects.requireNonNull(status, "status");
    areaLabels = Map.copyOf(areaLabels);
  }

  /** This job with its print area's {@code labels} per language. */
  public PrintJobView labelled(Map<String, String> labels) {
    return new PrintJobView(
        productionOrder,
        area,
        orderId,
        product,
        status,
        attempts,
        reason,
        retried,
        version,
        labels,
        why);
  }
}
