package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.formats.DidYouMean;
import dev.atelier.formats.product.Department;
import dev.atelier.formats.product.InstanceRow;
import dev.atelier.formats.product.Ownership;
import dev.atelier.formats.product.Presentation;
import dev.atelier.formats.product.TextOverlay;
import dev.atelier.formats.product.VisualLayer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code presentation} and {@code departments} sections. Not thread-safe. */
final class PresentationReader {
  private final Diagnostics d;
  private final Map<String, Attribute> scope;

  PresentationReader(Diagnostics diagnostics, Map<String, Attribute> scope) {
    this.d = diagnostics;
    this.scope = scope;
  }

  Presentation presentation(Node node) {
    if (node == null) {
      return Presentation.NONE;
    }
    MappingView m =
        MappingView.of(
            node, "presentation", List.of("width", "height", "layers", "texts", "rows"), d);
    if (m == null) {
      return Presentation.NONE;
    }
    Integer width =
        m.has("width")
            ? Scalars.bounded(m.get("width"), "width", 0, 100_000, d)
            : Integer.valueOf(0);
    Integer height =
        m.has("height")
            ? Scalars.bounded(m.get("height"), "height", 0, 100_000, d)
            : Integer.valueOf(0);
    List<VisualLayer> layers = YamlLists.items(m.get("layers"), "layers", d, this::layer);
    List<TextOverlay> texts = YamlLists.items(m.get("texts"), "texts", d, this::text);
    List<InstanceRow> rows =
        YamlLists.items(m.get("rows"), "rows", d, new InstanceRowReader(d, scope)::row);
    return new Presentation(
        width == null ? 0 : width, height == null ? 0 : height, layers, texts, rows);
  }

  private VisualLayer layer(Node item) {
    MappingView m =
        MappingView.of(item, "layer", List.of("attribute", "value", "asset", "z", "colour"), d);
    if (m == null) {
      return null;
    }
    Attribute a = attribute(m.require("attribute"));
    Node valueNode = m.require("value");
    String value = valueNode == null ? null : Scalars.text(valueNode, "value", d);
    if (a != null && value != null && !hasValue(a, value)) {
      d.at(
          valueNode,
          DidYouMean.hint(
              "unknown value '" + value + "' of attribute '" + a.id() + "'",
              value,
              a instanceof IntegerAttribute ? List.of() : a.valueIds()));
      value = null;
    }
    Node assetNode = m.require("asset");
    String asset = assetNode == null ? null : Scalars.text(assetNode, "asset", d);
    Integer z =
        m.has("z") ? Scalars.bounded(m.get("z"), "z", -10_000, 10_000, d) : Integer.valueOf(0);
    String colour = m.has("colour") ? Scalars.text(m.get("colour"), "colour", d) : "";
    if (a == null || value == null || asset == null || z == null || colour == null) {
      return null;
    }
    return new VisualLayer(a.id(), value, asset, z, colour);
  }

  private TextOverlay text(Node item) {
    List<String> keys = List.of("attribute", "x", "y", "z", "font", "size", "colour");
    MappingView m = MappingView.of(item, "text overlay", keys, d);
    if (m == null) {
      return null;
    }
    Node attributeNode = m.require("attribute");
    Attribute a = attribute(attributeNode);
    if (a != null && !(a instanceof TextAttribute)) {
      d.at(attributeNode, "attribute '" + a.id() + "' is not a text attribute");
      a = null;
    }
    Integer x = coordinate(m, "x");
    Integer y = coordinate(m, "y");
    Integer z =
        m.has("z") ? Scalars.bounded(m.get("z"), "z", -10_000, 10_000, d) : Integer.valueOf(0);
    String font = m.has("font") ? Scalars.text(m.get("font"), "font", d) : "sans-serif";
    Integer size =
        m.has("size") ? Scalars.bounded(m.get("size"), "size", 1, 10_000, d) : Integer.valueOf(16);
    String colour = m.has("colour") ? Scalars.text(m.get("colour"), "colour", d) : "#000000";
    if (a == null
        || x == null
        || y == null
        || z == null
        || font == null
        || size == null
        || colour == null) {
      return null;
    }
    return new TextOverlay(a.id(), x, y, z, font, size, colour);
  }

  private Integer coordinate(MappingView m, String key) {
    Node node = m.require(key);
    return node == null ? null : Scalars.bounded(node, key, -100_000, 100_000, d);
  }

  private Attribute attribute(Node node) {
    String id = node == null ? null : Scalars.text(node, "attribute", d);
    if (id == null) {
      return null;
    }
    Attribute a = scope.get(id);
    if (a == null) {
      d.at(node, DidYouMean.hint("unknown attribute '" + id + "'", id, scope.keySet()));
    }
    return a;
  }

  private static boolean hasValue(Attribute a, String value) {
    if (a instanceof IntegerAttribute i) {
      return value.matches("-?[0-9]{1,18}") && i.contains(Long.parseLong(value));
    }
    return a.valueIds().contains(value);
  }

  Ownership departments(Node section, Set<String> ruleIds) {
    return departments(section, ruleIds, Map.of());
  }

  /**
   * The departments; one that lists a print area in {@code printAreas} owns the attributes and
   * rules the area generates ({@code areas}: area id to those ids).
   */
  Ownership departments(Node section, Set<String> ruleIds, Map<String, AreaIds> areas) {
    Map<String, Node> owned = new HashMap<>();
    UniqueIds ids = new UniqueIds("department id", d);
    List<String> keys = List.of("id", "label", "attributes", "rules", "printAreas");
    return new Ownership(
        YamlLists.mappings(
            section,
            "departments",
            "department",
            keys,
            d,
            m -> department(m, ids, ruleIds, owned, areas)));
  }

  /**
   * The attribute and rule ids one print area generates.
   *
   * @param attributes generated attribute ids
   * @param rules generated rule ids
   */
  record AreaIds(List<String> attributes, List<String> rules) {}

  private Department department(
      MappingView m,
      UniqueIds ids,
      Set<String> ruleIds,
      Map<String, Node> owned,
      Map<String, AreaIds> areas) {
    String id = ids.read(m.require("id"));
    LocalizedText label = m.label(id);
    List<String> attributes = owned(m.get("attributes"), "attribute", scope.keySet(), owned);
    List<String> rules = owned(m.get("rules"), "rule", ruleIds, owned);
    List<String> areaIds = owned(m.get("printAreas"), "print area", areas.keySet(), owned);
    if (id != null && label != null && attributes != null && rules != null && areaIds != null) {
      List<String> allAttributes = new ArrayList<>(attributes);
      List<String> allRules = new ArrayList<>(rules);
      for (String area : areaIds) {
        allAttributes.addAll(areas.get(area).attributes());
        allRules.addAll(areas.get(area).rules());
      }
      return new Department(id, label, allAttributes, allRules);
    }
    return null;
  }

  private List<String> owned(Node node, String what, Set<String> known, Map<String, Node> owned) {
    List<String> ids = new ArrayList<>();
    boolean ok = true;
    for (Node item : Scalars.list(node, what + "s", d)) {
      String id = Scalars.text(item, what, d);
      if (id == null) {
        ok = false;
      } else if (!known.contains(id)) {
        d.at(item, DidYouMean.hint("unknown " + what + " '" + id + "'", id, known));
        ok = false;
      } else if (owned.putIfAbsent(what + ":" + id, item) != null) {
        d.at(
            item,
            what
                + " '"
                + id
                + "' already belongs to a department (at "
                + Scalars.place(owned.get(what + ":" + id))
                + ")");
        ok = false;
      } else {
        ids.add(id);
      }
    }
    return ok ? ids : null;
  }
}
