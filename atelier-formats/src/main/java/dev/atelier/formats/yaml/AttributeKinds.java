package dev.atelier.formats.yaml;

import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The keys of each attribute kind: an enum's values, a boolean's price, an integer's range and
 * price per unit, a text's length and allowed characters. Reports to the file's diagnostics.
 */
final class AttributeKinds {
  static final List<String> KINDS = List.of("enum", "boolean", "integer", "text");
  private static final Map<String, List<String>> KIND_KEYS =
      Map.of(
          "enum", List.of("values"),
          "boolean", List.of("price"),
          "integer", List.of("min", "max", "step", "unit", "pricePerUnit"),
          "text", List.of("maxLength", "allowed", "price"));

  private final Diagnostics d;
  private final int digits;

  AttributeKinds(Diagnostics diagnostics, int currencyDigits) {
    this.d = diagnostics;
    this.digits = currencyDigits;
  }

  /** The keys of {@code kind}; of every kind when it is null (unknown). */
  static List<String> keys(String kind) {
    if (kind != null) {
      return KIND_KEYS.get(kind);
    }
    List<String> all = new ArrayList<>();
    KINDS.forEach(k -> all.addAll(KIND_KEYS.get(k)));
    return all;
  }

  /** The money amount at {@code key}, 0 when absent or wrong (reported). */
  long price(MappingView m, String key) {
    Node node = m.get(key);
    Long value = node == null ? Long.valueOf(0) : Scalars.money(node, key, digits, d);
    return value == null ? 0 : value;
  }

  /** An enum's {@code values}: ids or mappings with label and price, without duplicates. */
  List<Value> values(MappingView m, String label) {
    Node section = m.get("values");
    if (section == null) {
      return List.of();
    }
    List<Value> values = new ArrayList<>();
    Map<String, Node> seen = new LinkedHashMap<>();
    for (Node item : Scalars.list(section, "values", d)) {
      Value v = value(item, label);
      if (v == null) {
        continue;
      }
      Node first = seen.putIfAbsent(v.id(), item);
      if (first != null) {
        d.at(
            item,
            "duplicate value id '"
                + v.id()
                + "' in "
                + label
                + " (first at "
                + Scalars.place(first)
                + ")");
      } else if (v.id().equals("*") || v.id().equals("~")) {
        d.at(item, "value id '" + v.id() + "' is reserved for table cells");
      } else {
        values.add(v);
      }
    }
    return values;
  }

  private Value value(Node item, String label) {
    if (item instanceof ScalarNode) {
      String id = Scalars.valueId(item, d);
      return id == null ? null : Value.of(id);
    }
    MappingView v = MappingView.of(item, "value of " + label, List.of("id", "label", "price"), d);
    if (v == null) {
      return null;
    }
    Node idNode = v.require("id");
    String id = idNode == null ? null : Scalars.valueId(idNode, d);
    LocalizedText text = v.has("label") ? Scalars.label(v.get("label"), "label", d) : null;
    Long price =
        v.has("price") ? Scalars.money(v.get("price"), "price", digits, d) : Long.valueOf(0);
    if (id == null || price == null || (v.has("label") && text == null)) {
      return null;
    }
    return new Value(id, text == null ? LocalizedText.of(id) : text, price);
  }

  /** An integer attribute from min, max, step, unit and price per unit; null when wrong. */
  IntegerAttribute integer(MappingView m, String id, LocalizedText label, boolean optional) {
    Node minNode = m.require("min");
    Node maxNode = m.require("max");
    Long min = minNode == null ? null : Scalars.integer(minNode, "min", d);
    Long max = maxNode == null ? null : Scalars.integer(maxNode, "max", d);
    Long step = m.has("step") ? Scalars.integer(m.get("step"), "step", d) : Long.valueOf(1);
    String unit = m.has("unit") ? Scalars.text(m.get("unit"), "unit", d) : "";
    Long perUnit =
        m.has("pricePerUnit")
            ? Scalars.money(m.get("pricePerUnit"), "pricePerUnit", digits, d)
            : Long.valueOf(0);
    if (min == null || max == null || step == null || unit == null || perUnit == null) {
      return null;
    }
    if (min > max) {
      d.at(minNode, "min " + min + " is greater than max " + max);
      return null;
    }
    if (step < 1) {
      d.at(m.get("step"), "step must be at least 1, found " + step);
      return null;
    }
    IntegerAttribute a = new IntegerAttribute(id, label, min, max, step, unit, optional, perUnit);
    if (a.size() < 0 || a.size() > IntegerAttribute.MAX_VALUES) {
      d.at(
          m.keyOrSelf("max"),
          "attribute '"
              + id
              + "' would have more than "
              + IntegerAttribute.MAX_VALUES
              + " values; use a larger step");
      return null;
    }
    return a;
  }

  /** A text attribute from its length and allowed characters; null when wrong. */
  TextAttribute text(MappingView m, String id, LocalizedText label, boolean optional) {
    Node lengthNode = m.require("maxLength");
    Integer maxLength =
        lengthNode == null ? null : Scalars.bounded(lengthNode, "maxLength", 1, 100_000, d);
    String allowed = m.has("allowed") ? Scalars.text(m.get("allowed"), "allowed", d) : "";
    if (allowed != null && !allowed.isEmpty()) {
      try {
        Pattern.compile("[" + allowed + "]");
      } catch (PatternSyntaxException e) {
        d.at(
            m.get("allowed"),
            "allowed characters '"
                + allowed
                + "' are not a valid character class: "
                + e.getDescription());
        allowed = null;
      }
    }
    long price = price(m, "price");
    if (maxLength == null || allowed == null) {
      return null;
    }
    return new TextAttribute(id, label, maxLength, allowed, optional, price);
  }
}
