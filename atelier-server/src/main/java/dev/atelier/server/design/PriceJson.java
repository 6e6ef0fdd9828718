package dev.atelier.server.design;

import dev.atelier.server.design.DesignJson.Change;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.shared.Design;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the honest-price routes. Prices are totals in minor units of the cheapest
 * complete product (values the model does not offer by default avoided). Immutable, thread-safe.
 */
public final class PriceJson {

  private PriceJson() {}

  /**
   * {@code GET /api/products/{p}/versions/{v}/from-price}: the total of the cheapest complete
   * product of the version and its values.
   */
  public record FromPrice(
      String product,
      String version,
      String currency,
      long fromPrice,
      Map<String, String> configuration) {}

  /**
   * {@code POST /api/designs/option-prices}: {@code cheapest} is the cheapest completion of the
   * design; each option's {@code total} is the cheapest completion with that value chosen (in place
   * of the attribute's decision), {@code delta} what choosing it changes the total by, components
   * and other values it pulls in included. Values that no completion has are left out; {@code
   * complete} is false when the deadline passed before every option was priced.
   */
  public record OptionPrices(
      Design design, String currency, long cheapest, boolean complete, List<OptionPrice> options) {}

  /**
   * One option: attribute, value ({@code ~}: left unset), total and difference; {@code withChoices}
   * and {@code withParts} name what else its cheapest completion brings in (other priced choices as
   * {@code attribute=value}, components by their names per language), null when nothing.
   */
  public record OptionPrice(
      String attribute,
      String value,
      long total,
      long delta,
      @Nullable List<String> withChoices,
      @Nullable List<Map<String, String>> withParts) {

    /** An option that brings nothing else in. */
    public OptionPrice(String attribute, String value, long total, long delta) {
      this(attribute, value, total, delta, null, null);
    }
  }

  /** {@code POST /api/designs/repair-price}: a design and a repair of it (from an explanation). */
  public record RepairPriceRequest(Design design, List<Change> repair) {}

  /**
   * The cheapest complete product before and after the repair, and the difference.
   *
   * @param before cheapest completion of the design as it is (its price when complete)
   * @param after cheapest completion of the repaired design
   */
  public record RepairPrice(String currency, long before, long after, long delta) {}
}
