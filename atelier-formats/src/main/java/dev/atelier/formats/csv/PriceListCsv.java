package dev.atelier.formats.csv;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.Value;
import dev.atelier.formats.Diagnostic;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a price list to a model. Each row is {@code attribute,value,price[,currency]} (an
 * optional first row {@code attribute,value,price,...} is a header). Prices are decimals in the
 * model's currency, converted to minor units exactly; with {@code ;} as separator a decimal comma
 * is accepted. Enumerated values get their price; a boolean attribute's {@code true} row sets its
 * price when true; a text attribute's {@code given} row its price when given. Values not listed
 * keep their prices. Unknown attributes or values, duplicate rows, bad prices and other currencies
 * are reported with their place. Stateless and thread-safe.
 */
public final class PriceListCsv {

  private PriceListCsv() {}

  /** Applies the (possibly gzip-compressed) price list at {@code path} to {@code model}. */
  public static CsvImport<ProductModel> apply(Path path, ProductModel model) {
    List<Diagnostic> problems = new ArrayList<>();
    CsvDocument doc = CsvText.parse(path, problems);
    return doc == null
        ? new CsvImport.Rejected<>(problems)
        : apply(doc, path.toString(), model, problems);
  }

  /** Applies the price list read from {@code reader} to {@code model}. */
  public static CsvImport<ProductModel> apply(Reader reader, String fileName, ProductModel model) {
    List<Diagnostic> problems = new ArrayList<>();
    CsvDocument doc = CsvText.parse(reader, fileName, problems);
    return doc == null ? new CsvImport.Rejected<>(problems) : apply(doc, fileName, model, problems);
  }

  private static CsvImport<ProductModel> apply(
      CsvDocument doc, String file, ProductModel model, List<Diagnostic> problems) {
    int digits = fractionDigits(model.currency());
    Map<String, Attribute> byId = model.attributesById();
    Map<String, Map<String, Long>> prices = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    List<CsvRow> rows = doc.rows();
    int first = !rows.isEmpty() && rows.get(0).texts().get(0).equalsIgnoreCase("attribute") ? 1 : 0;
    for (CsvRow row : rows.subList(first, rows.size())) {
      List<CsvCell> cells = row.cells();
      if (cells.size() < 3 || cells.size() > 4) {
        problems.add(
            CsvText.at(
                file,
                row,
                "expected attribute"
                    + doc.separator()
                    + "value"
                    + doc.separator()
                    + "price["
                    + doc.separator()
                    + "currency], found "
                    + cells.size()
                    + " cells"));
        continue;
      }
      Attribute a = byId.get(cells.get(0).text());
      if (a == null) {
        problems.add(
            CsvText.at(file, cells.get(0), "unknown attribute '" + cells.get(0).text() + "'"));
        continue;
      }
      String value = cells.get(1).text();
      String problem = priceable(a, value);
      if (problem != null) {
        problems.add(CsvText.at(file, cells.get(1), problem));
        continue;
      }
      if (cells.size() == 4
          && !cells.get(3).text().isEmpty()
          && !cells.get(3).text().equalsIgnoreCase(model.currency())) {
        problems.add(
            CsvText.at(
                file,
                cells.get(3),
                "price in "
                    + cells.get(3).text()
                    + " but the model's prices are in "
                    + model.currency()));
        continue;
      }
      DecimalPrice.Parsed parsed =
          DecimalPrice.parse(cells.get(2).text(), digits, doc.separator() == ';');
      if (parsed.problem() != null) {
        problems.add(CsvText.at(file, cells.get(2), parsed.problem()));
        continue;
      }
      if (a instanceof BooleanAttribute
          && value.equals(BooleanAttribute.FALSE)
          && parsed.minor() != 0) {
        problems.add(
            CsvText.at(
                file,
                cells.get(2),
                "boolean attribute '" + a.id() + "' is priced when true; 'false' must cost 0"));
        continue;
      }
      String key = a.id() + "=" + value;
      Integer earlier = firstLine.putIfAbsent(key, row.line());
      if (earlier != null) {
        problems.add(
            CsvText.at(
                file,
                row,
                "duplicate price for " + key + " (first given on line " + earlier + ")"));
        continue;
      }
      prices.computeIfAbsent(a.id(), k -> new HashMap<>()).put(value, parsed.minor());
    }
    if (!problems.isEmpty()) {
      return new CsvImport.Rejected<>(CsvText.capped(problems));
    }
    List<Attribute> attributes = new ArrayList<>();
    for (Attribute a : model.attributes()) {
      Map<String, Long> p = prices.get(a.id());
      attributes.add(p == null ? a : priced(a, p));
    }
    return new CsvImport.Imported<>(
        new ProductModel(
            model.id(),
            model.version(),
            model.label(),
            model.currency(),
            model.basePrice(),
            attributes,
            model.constraints(),
            model.components(),
            model.facts()));
  }

  /** Why {@code value} of {@code a} cannot be priced by a list, or null when it can. */
  private static String priceable(Attribute a, String value) {
    if (!(a instanceof EnumAttribute)
        && !(a instanceof BooleanAttribute)
        && !(a instanceof TextAttribute)) {
      return "attribute '" + a.id() + "' is priced per unit; a price list cannot set it";
    }
    if (!a.valueIds().contains(value)) {
      return "attribute '"
          + a.id()
          + "' has no value '"
          + value
          + "' (values: "
          + AttributeValues.sample(a)
          + ")";
    }
    return null;
  }

  private static Attribute priced(Attribute a, Map<String, Long> prices) {
    if (a instanceof EnumAttribute e) {
      List<Value> values = new ArrayList<>();
      for (Value v : e.values()) {
        Long p = prices.get(v.id());
        values.add(p == null ? v : new Value(v.id(), v.label(), p));
      }
      return new EnumAttribute(e.id(), e.label(), values, e.optional());
    }
    if (a instanceof BooleanAttribute b) {
      long p = prices.getOrDefault(BooleanAttribute.TRUE, b.priceWhenTrue());
      return new BooleanAttribute(b.id(), b.label(), b.optional(), p);
    }
    TextAttribute t = (TextAttribute) a;
    long p = prices.getOrDefault(TextAttribute.GIVEN, t.priceWhenGiven());
    return new TextAttribute(
        t.id(), t.label(), t.maxLength(), t.allowedCharacters(), t.optional(), p);
  }

  /** The currency's number of decimals; 2 when the code is not an ISO 4217 currency. */
  static int fractionDigits(String currency) {
    try {
      return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException e) {
      return 2;
    }
  }
}
