package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.expr.ExprPrinter;
import dev.atelier.formats.product.ProductDefinition;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;

/**
 * The native YAML of one definition being written, and the conventions every part of it follows:
 * defaults left out, money in the currency's digits, expressions in the rule language. Not
 * thread-safe; one instance per written definition.
 */
final class NativeOut extends YamlText {
  private final ProductDefinition definition;
  private final ExprPrinter printer;
  private final int digits;

  NativeOut(ProductDefinition definition) {
    this.definition = definition;
    ProductModel model = definition.model();
    this.printer = new ExprPrinter(model.attributesById());
    int d;
    try {
      d = Currency.getInstance(model.currency()).getDefaultFractionDigits();
    } catch (IllegalArgumentException e) {
      d = 2;
    }
    this.digits = d < 0 ? 2 : d;
  }

  /** The definition being written. */
  ProductDefinition definition() {
    return definition;
  }

  /** Prints expressions over the product's attributes. */
  ExprPrinter printer() {
    return printer;
  }

  /** {@code key:} and {@code each} item below it, unless there are none. */
  <T> void section(int indent, String key, List<T> items, Consumer<T> each) {
    if (!items.isEmpty()) {
      line(indent, key + ":");
      items.forEach(each);
    }
  }

  /** {@code key: expression}. */
  void expr(int indent, String key, Expr e) {
    entry(indent, key, printer.print(e));
  }

  /** {@code when: condition} unless the condition always holds. */
  void when(Expr condition) {
    if (!condition.equals(Expr.TRUE)) {
      expr(4, "when", condition);
    }
  }

  /** {@code label:} unless the label is the id. */
  void labelIfNotId(int indent, LocalizedText label, String id) {
    if (!label.equals(LocalizedText.of(id))) {
      label(indent, "label", label);
    }
  }

  /** {@code key: price} unless the price is zero. */
  void price(int indent, String key, long minor) {
    if (minor != 0) {
      raw(indent, key, money(minor));
    }
  }

  /** An amount in minor units, in the currency's digits. */
  String money(long minor) {
    return BigDecimal.valueOf(minor, digits).toPlainString();
  }
}
