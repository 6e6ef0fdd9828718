package dev.atelier.server.order;

import dev.atelier.server.design.ArtworkRef;
import dev.atelier.server.design.DesignJson.PriceLine;
import dev.atelier.server.design.Quantities;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.NumberRange;
import dev.atelier.server.shared.Design;
import dev.atelier.server.shared.DesignLine;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the order routes. Prices are in minor units and always computed by the server
 * from the model version's price list; a request has no price fields (unknown fields are rejected,
 * so a forged price is a 400, never charged). All records are immutable and thread-safe.
 */
public final class OrderJson {

  private OrderJson() {}

  /**
   * {@code POST /api/orders}: a complete design, how many (1 to 1000) and the personalization texts
   * (text attribute id to text; required for each text attribute decided {@code given}).
   */
  public record OrderRequest(
      Design design,
      @NumberRange(min = 1, max = Quantities.MAX) Integer quantity,
      @Nullable Map<String, String> texts,
      @Nullable Map<String, ArtworkRef> artwork) {}

  /**
   * {@code POST /api/orders/{id}/reorder}: the same configuration again, re-validated and re-priced
   * on the current rules of its version; {@code quantity} defaults to the original order's.
   */
  public record ReorderRequest(
      @NumberRange(min = 1, max = Quantities.MAX) @Nullable Integer quantity) {}

  /**
   * An order as placed: the design and complete configuration (snapshot), the model version, the
   * price breakdown of one unit and the total, quantity and status; {@code reorderOf} is the order
   * it repeats, or null; {@code texts} are the personalization texts (text attribute id to text);
   * {@code designLines} are the chosen values in the labels of the version's model, as the staff
   * queue shows them (the ids when the version is no longer in the catalogue); {@code artwork} the
   * customer's artwork per print area (upload and rotation; empty for none).
   */
  public record Order(
      long id,
      String status,
      String product,
      String version,
      int quantity,
      Design design,
      Map<String, String> configuration,
      Map<String, String> texts,
      OrderPrice price,
      @Nullable Long reorderOf,
      String createdAt,
      List<DesignLine> designLines,
      Map<String, ArtworkRef> artwork) {}

  /**
   * The price: one unit line by line (base first, the same lines as a design's price), the unit
   * price and the total.
   */
  public record OrderPrice(
      String currency, long unit, int quantity, long total, List<PriceLine> lines) {}

  /**
   * A page of orders, newest first; {@code next} is the {@code before} of the next page, or null.
   */
  public record OrderPage(List<OrderSummary> orders, @Nullable Long next) {}

  /**
   * One order in a list, with its {@link Order#designLines() design lines} and its configuration
   * (attribute id to value id, as ordered: My designs finds which saved designs were ordered), and
   * whether it ships: false for a service, none of whose operations runs at a physical work centre
   * (as the delivery's {@code ships}; the list says "Processed", not "Shipped"); {@code artwork} as
   * the order's (the list shows the shopper's image).
   */
  public record OrderSummary(
      long id,
      long accountId,
      String status,
      String product,
      String version,
      int quantity,
      String currency,
      long total,
      String createdAt,
      List<DesignLine> designLines,
      Map<String, String> configuration,
      boolean ships,
      Map<String, ArtworkRef> artwork) {}
}
