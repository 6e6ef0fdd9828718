package dev.atelier.server.catalogue;

import dev.atelier.formats.product.InstanceRow;
import dev.atelier.server.http.Nullable;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the catalogue routes. Labels are maps from language tag to text, the first
 * entry being the default language. Prices are in minor units of the product's currency. All
 * records are immutable and thread-safe.
 */
public final class CatalogueJson {

  private CatalogueJson() {}

  /** {@code GET /api/products}. */
  public record ProductList(List<ProductSummary> products) {}

  /**
   * A product and its available versions, oldest (earliest effective) first. {@code latest} is the
   * current version: the newest published one whose effective-from has passed, the one new designs
   * start on; designs on older versions keep working. Label and currency are the current version's.
   */
  public record ProductSummary(
      String id,
      Map<String, String> label,
      String currency,
      List<String> versions,
      String latest,
      List<ReleaseInfo> releases) {}

  /** An available version and when it became effective (ISO-8601, UTC). */
  public record ReleaseInfo(String version, String effectiveFrom, boolean current) {}

  /**
   * {@code GET /api/products/{id}/versions/{version}}: everything a client needs to draw it; {@code
   * maxQuantity} is the most units one order takes (the product's own maximum, else the global
   * one).
   */
  public record ProductDetail(
      String id,
      String version,
      Map<String, String> label,
      String currency,
      long basePrice,
      List<AttributeInfo> attributes,
      List<RuleInfo> rules,
      PresentationInfo presentation,
      List<FactInfo> facts,
      List<PrintAreaInfo> printAreas,
      int maxQuantity) {}

  /**
   * A surface that takes the customer's own artwork (see docs/model-format.md, Print areas) and the
   * ids of the attributes it generated (the design surface sets them, the form leaves them out).
   * {@code maxColours} maps each allowed technique to its colour limit, null for none (print).
   * {@code text}: the personalization text the area carries and how it looks, null for none.
   */
  public record PrintAreaInfo(
      String id,
      Map<String, String> label,
      String part,
      int widthMm,
      int heightMm,
      int safeMarginMm,
      Map<String, Integer> maxColours,
      List<String> attributes,
      @Nullable TextStyleInfo text) {}

  /**
   * A print area's text style (the model's {@code text:} block): the text attributes (one line
   * each), the place attribute (null: always here), the capital height in mm (null: {@code fit}, as
   * tall as the safe area allows), the colour attribute (null: black) with the colour of each of
   * its values ({@code #rrggbb}; a value left out is black) and the position in the safe area
   * ({@code top}, {@code centre}, {@code bottom}) when the shopper has not placed it.
   */
  public record TextStyleInfo(
      List<String> attributes,
      @Nullable String place,
      @Nullable Integer sizeMm,
      @Nullable String colourAttribute,
      Map<String, String> colours,
      String position) {}

  /**
   * A customer fact (something the customer is or has, such as a body measurement): the attribute
   * holding it, the shared profile key that feeds it ({@code null}: none) and a short "how to
   * measure" text per language ({@code null}: none). The engine never decides a fact.
   */
  public record FactInfo(
      String attribute, @Nullable String profile, @Nullable Map<String, String> help) {}

  /**
   * An attribute. {@code kind} is enum, boolean, integer or text. Enum, boolean and text attributes
   * list their values; an integer attribute gives {@code min}, {@code max}, {@code step} and {@code
   * unit} instead (its value ids are the decimal numbers). A text attribute's one value id is
   * "given".
   */
  public record AttributeInfo(
      String id,
      String kind,
      Map<String, String> label,
      boolean optional,
      @Nullable List<ValueInfo> values,
      @Nullable Long min,
      @Nullable Long max,
      @Nullable Long step,
      @Nullable String unit,
      @Nullable Long pricePerUnit,
      @Nullable Integer maxLength,
      @Nullable String allowedCharacters) {}

  /** A value of an attribute and the price it adds. */
  public record ValueInfo(String id, Map<String, String> label, long price) {}

  /** A rule: its id, kind (requires, excludes, rule, table, cardinality, linear) and label. */
  public record RuleInfo(String id, String kind, Map<String, String> label) {}

  /**
   * The product picture: SVG layers chosen by values, text overlays for text attributes, and module
   * slots drawn as rows of instance boxes ({@link InstanceRow}, as the model states them: width,
   * height and shelves name module attributes or are numbers, front's value picks a style of
   * fronts, tint names the product attribute whose layer colour fills the boxes).
   */
  public record PresentationInfo(
      int width,
      int height,
      List<LayerInfo> layers,
      List<TextInfo> texts,
      List<InstanceRow> rows) {}

  /** An SVG layer shown when {@code attribute = value}, stacked by ascending {@code z}. */
  public record LayerInfo(String attribute, String value, String asset, int z, String colour) {}

  /** Where a text attribute's text is drawn. */
  public record TextInfo(
      String attribute, int x, int y, int z, String font, int size, String colour) {}
}
