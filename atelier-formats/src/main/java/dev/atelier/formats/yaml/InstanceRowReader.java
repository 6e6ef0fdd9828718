package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.formats.DidYouMean;
import dev.atelier.formats.product.InstanceRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads one {@code presentation.rows} item into an {@link InstanceRow}. Not thread-safe. */
final class InstanceRowReader {
  private static final List<String> KEYS =
      List.of(
          "slot", "x", "y", "z", "scale", "width", "height", "gap", "shelves", "front", "fronts",
          "tint");
  private static final Pattern STYLE = Pattern.compile("open|glass|solid|#[0-9a-fA-F]{6}");

  private final Diagnostics d;
  private final Map<String, Attribute> scope;

  InstanceRowReader(Diagnostics diagnostics, Map<String, Attribute> scope) {
    this.d = diagnostics;
    this.scope = scope;
  }

  InstanceRow row(Node item) {
    MappingView m = MappingView.of(item, "row", KEYS, d);
    if (m == null) {
      return null;
    }
    Node slotNode = m.require("slot");
    String slot = slotNode == null ? null : Scalars.text(slotNode, "slot", d);
    if (slot != null && !(scope.get(slot) instanceof IntegerAttribute && scope.containsKey(slot))) {
      d.at(slotNode, "unknown slot '" + slot + "'");
      slot = null;
    } else if (slot != null && moduleAttributes(slot).isEmpty()) {
      d.at(slotNode, "'" + slot + "' is not a module slot");
      slot = null;
    }
    Integer x = m.has("x") ? Scalars.bounded(m.get("x"), "x", -100_000, 100_000, d) : 0;
    Integer y = m.has("y") ? Scalars.bounded(m.get("y"), "y", -100_000, 100_000, d) : 0;
    Integer z = m.has("z") ? Scalars.bounded(m.get("z"), "z", -10_000, 10_000, d) : 10;
    Integer gap = m.has("gap") ? Scalars.bounded(m.get("gap"), "gap", 0, 100_000, d) : 0;
    BigDecimal scale =
        m.has("scale") ? Scalars.decimal(m.get("scale"), "scale", d) : BigDecimal.ONE;
    if (scale != null && scale.signum() <= 0) {
      d.at(m.get("scale"), "scale must be positive, found " + scale.toPlainString());
      scale = null;
    }
    String width = size(m, "width", slot);
    String height = size(m, "height", slot);
    String shelves = optionalAttribute(m, "shelves", slot);
    String front = optionalAttribute(m, "front", slot);
    Map<String, String> fronts = fronts(m.get("fronts"));
    String tint = "";
    if (m.has("tint")) {
      tint = Scalars.text(m.get("tint"), "tint", d);
      if (tint != null && !scope.containsKey(tint)) {
        d.at(
            m.get("tint"),
            DidYouMean.hint("unknown attribute '" + tint + "'", tint, scope.keySet()));
        tint = null;
      }
    }
    if (slot == null
        || x == null
        || y == null
        || z == null
        || gap == null
        || scale == null
        || width == null
        || height == null
        || shelves == null
        || front == null
        || fronts == null
        || tint == null) {
      return null;
    }
    return new InstanceRow(
        slot, x, y, z, scale.doubleValue(), width, height, gap, shelves, front, fronts, tint);
  }

  /** The module attributes of slot {@code slot} ({@code width} for {@code bays[1].width}). */
  private Set<String> moduleAttributes(String slot) {
    Set<String> names = new TreeSet<>();
    String prefix = slot + "[1].";
    scope.keySet().stream()
        .filter(k -> k.startsWith(prefix))
        .forEach(k -> names.add(k.substring(prefix.length())));
    return names;
  }

  private String size(MappingView m, String key, String slot) {
    Node node = m.require(key);
    String spec = node == null ? null : Scalars.text(node, key, d);
    if (spec == null || InstanceRow.isNumber(spec)) {
      return spec;
    }
    return moduleAttribute(node, spec, slot);
  }

  private String optionalAttribute(MappingView m, String key, String slot) {
    if (!m.has(key)) {
      return "";
    }
    String id = Scalars.text(m.get(key), key, d);
    return id == null ? null : moduleAttribute(m.get(key), id, slot);
  }

  private String moduleAttribute(Node node, String id, String slot) {
    if (slot == null) {
      return id;
    }
    Set<String> known = moduleAttributes(slot);
    if (!known.contains(id)) {
      d.at(
          node,
          DidYouMean.hint(
              "module of slot '" + slot + "' has no attribute '" + id + "'", id, known));
      return null;
    }
    return id;
  }

  private Map<String, String> fronts(Node node) {
    Map<String, String> fronts = new LinkedHashMap<>();
    if (node == null) {
      return fronts;
    }
    if (!(node instanceof MappingNode mapping)) {
      d.at(node, "expected a mapping of value to front style, found " + Scalars.describe(node));
      return null;
    }
    boolean ok = true;
    for (NodeTuple t : mapping.getValue()) {
      String value = Scalars.text(t.getKeyNode(), "value", d);
      String style = Scalars.text(t.getValueNode(), "front style", d);
      if (style != null && !STYLE.matcher(style).matches()) {
        d.at(
            t.getValueNode(),
            "a front style is open, glass, solid or a colour #rrggbb, found '" + style + "'");
        style = null;
      }
      if (value == null || style == null) {
        ok = false;
      } else {
        fronts.put(value, style);
      }
    }
    return ok ? fronts : null;
  }
}
