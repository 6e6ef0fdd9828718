package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.formats.expr.Quantity;
import dev.atelier.formats.product.BomLine;
import dev.atelier.formats.product.RoutingOperation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the {@code components}, {@code bom} and {@code routing} sections. Not thread-safe; one
 * instance per file.
 */
final class ProductionReader {
  private final Diagnostics d;
  private final Expressions expressions;
  private final int digits;

  ProductionReader(Diagnostics diagnostics, Expressions expressions, int currencyDigits) {
    this.d = diagnostics;
    this.expressions = expressions;
    this.digits = currencyDigits;
  }

  List<Component> components(Node section) {
    List<Component> components = new ArrayList<>();
    for (Node item : Scalars.list(section, "components", d)) {
      MappingView m =
          MappingView.of(
              item, "component", List.of("part", "label", "price", "quantity", "when"), d);
      if (m == null) {
        continue;
      }
      Node partNode = m.require("part");
      String part = partNode == null ? null : Scalars.id(partNode, "part", d);
      LocalizedText label =
          m.has("label")
              ? Scalars.label(m.get("label"), "label", d)
              : LocalizedText.of(part == null ? "?" : part);
      Node priceNode = m.require("price");
      Long price = priceNode == null ? null : Scalars.money(priceNode, "price", digits, d);
      Integer quantity =
          m.has("quantity")
              ? Scalars.bounded(m.get("quantity"), "quantity", 1, 1_000_000, d)
              : Integer.valueOf(1);
      Expr when = expressions.condition(m.get("when"), "when");
      if (part != null && label != null && price != null && quantity != null && when != null) {
        components.add(new Component(part, label, price, quantity, when));
      }
    }
    return components;
  }

  List<BomLine> bom(Node section) {
    List<BomLine> lines = new ArrayList<>();
    for (Node item : Scalars.list(section, "bom", d)) {
      MappingView m =
          MappingView.of(item, "bom line", List.of("part", "quantity", "unit", "when"), d);
      if (m == null) {
        continue;
      }
      Node partNode = m.require("part");
      String part = partNode == null ? null : Scalars.id(partNode, "part", d);
      Quantity quantity =
          m.has("quantity") ? expressions.quantity(m.get("quantity"), "quantity") : Quantity.of(1);
      String unit = m.has("unit") ? Scalars.text(m.get("unit"), "unit", d) : "pcs";
      Expr when = expressions.condition(m.get("when"), "when");
      if (part != null && quantity != null && unit != null && when != null) {
        lines.add(new BomLine(part, quantity, unit, when));
      }
    }
    return lines;
  }

  List<RoutingOperation> routing(Node section) {
    List<RoutingOperation> operations = new ArrayList<>();
    Map<String, Node> seen = new LinkedHashMap<>();
    List<String> keys =
        List.of("id", "label", "workCentre", "setupMinutes", "minutesPerUnit", "when");
    for (Node item : Scalars.list(section, "routing", d)) {
      MappingView m = MappingView.of(item, "routing operation", keys, d);
      if (m == null) {
        continue;
      }
      Node idNode = m.require("id");
      String id = idNode == null ? null : Scalars.id(idNode, "operation id", d);
      if (id != null && seen.putIfAbsent(id, idNode) != null) {
        d.at(
            idNode,
            "duplicate operation id '"
                + id
                + "' (first defined at "
                + Scalars.place(seen.get(id))
                + ")");
        id = null;
      }
      LocalizedText label =
          m.has("label")
              ? Scalars.label(m.get("label"), "label", d)
              : LocalizedText.of(id == null ? "?" : id);
      Node centreNode = m.require("workCentre");
      String centre = centreNode == null ? null : Scalars.id(centreNode, "workCentre", d);
      BigDecimal setup = minutes(m, "setupMinutes");
      BigDecimal perUnit = minutes(m, "minutesPerUnit");
      Expr when = expressions.condition(m.get("when"), "when");
      if (id != null
          && label != null
          && centre != null
          && setup != null
          && perUnit != null
          && when != null) {
        operations.add(new RoutingOperation(id, label, centre, setup, perUnit, when));
      }
    }
    return operations;
  }

  private BigDecimal minutes(MappingView m, String key) {
    if (!m.has(key)) {
      return BigDecimal.ZERO;
    }
    BigDecimal value = Scalars.decimal(m.get(key), key, d);
    if (value != null && value.signum() < 0) {
      d.at(m.get(key), key + " must not be negative, found " + value.toPlainString());
      return null;
    }
    return value;
  }
}
