package dev.atelier.server.owned;

import dev.atelier.server.http.Nullable;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of owned products (the adaptive face). All records are immutable and thread-safe.
 */
public final class OwnedJson {

  private OwnedJson() {}

  /**
   * A product as its owner has it now: the order's configuration with every adjustment applied, the
   * adaptive attributes with the values they may take, and the adjustments so far.
   */
  public record OwnedProduct(
      long order,
      String product,
      String version,
      Map<String, String> configuration,
      List<Adjustable> adaptive,
      List<Adjustment> history) {}

  /**
   * An adaptive attribute: its current value (null when unset) and the values that keep the product
   * valid with everything else as it is.
   */
  public record Adjustable(
      String attribute, Map<String, String> label, @Nullable String value, List<String> offered) {}

  /**
   * One adjustment: {@code attribute} went from {@code from} to {@code to} at {@code at}
   * (ISO-8601).
   */
  public record Adjustment(
      String attribute, @Nullable String from, @Nullable String to, String at) {}

  /** {@code POST /api/owned/{order}/adjust}. */
  public record AdjustRequest(String attribute, String value) {}
}
