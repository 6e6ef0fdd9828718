package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.formats.expr.Quantity;
import dev.atelier.formats.product.BomLine;
import dev.atelier.formats.product.RoutingOperation;
import java.math.BigDecimal;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the {@code components}, {@code bom} and {@code routing} sections. Not thread-safe; one
 * instance per file.
 */
record ProductionReader(Diagnostics d, Expressions expressions, int digits) {

  List<Component> components(Node section) {
    List<String> keys = List.of("part", "label", "price", "quantity", "when");
    return YamlLists.mappings(section, "components", "component", keys, d, this::component);
  }

  private Component component(MappingView m) {
    Node partNode = m.require("part");
    String part = partNode == null ? null : Scalars.id(partNode, "part", d);
    LocalizedText label = m.label(part);
    Node priceNode = m.require("price");
    Long price = priceNode == null ? null : Scalars.money(priceNode, "price", digits, d);
    Integer quantity =
        m.has("quantity")
            ? Scalars.bounded(m.get("quantity"), "quantity", 1, 1_000_000, d)
            : Integer.valueOf(1);
    Expr when = expressions.condition(m.get("when"), "when");
    if (part != null && label != null && price != null && quantity != null && when != null) {
      return new Component(part, label, price, quantity, when);
    }
    return null;
  }

  List<BomLine> bom(Node section) {
    List<String> keys = List.of("part", "quantity", "unit", "when");
    return YamlLists.mappings(section, "bom", "bom line", keys, d, this::bomLine);
  }

  private BomLine bomLine(MappingView m) {
    Node partNode = m.require("part");
    String part = partNode == null ? null : Scalars.id(partNode, "part", d);
    Quantity quantity =
        m.has("quantity") ? expressions.quantity(m.get("quantity"), "quantity") : Quantity.of(1);
    String unit = m.has("unit") ? Scalars.text(m.get("unit"), "unit", d) : "pcs";
    Expr when = expressions.condition(m.get("when"), "when");
    if (part != null && quantity != null && unit != null && when != null) {
      return new BomLine(part, quantity, unit, when);
    }
    return null;
  }

  List<RoutingOperation> routing(Node section) {
    UniqueIds ids = new UniqueIds("operation id", d);
    List<String> keys =
        List.of("id", "label", "workCentre", "setupMinutes", "minutesPerUnit", "when");
    return YamlLists.mappings(
        section, "routing", "routing operation", keys, d, m -> operation(m, ids));
  }

  private RoutingOperation operation(MappingView m, UniqueIds ids) {
    String id = ids.read(m.require("id"));
    LocalizedText label = m.label(id);
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
      return new RoutingOperation(id, label, centre, setup, perUnit, when);
    }
    return null;
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
