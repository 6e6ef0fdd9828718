package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ModuleType;
import dev.atelier.engine.model.Slot;
import dev.atelier.engine.model.Slots;
import dev.atelier.formats.DidYouMean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads the {@code modules} section (module types, nested in any order) and {@code slots} mappings
 * of the product and of modules. Not thread-safe; one instance per file.
 */
final class ModuleReader {
  private static final List<String> MODULE_KEYS =
      List.of("id", "label", "attributes", "rules", "components", "slots");
  private static final List<String> SLOT_KEYS =
      List.of("module", "count", "label", "interchangeable");
  private static final Pattern COUNT =
      Pattern.compile("\\s*(\\d{1,3})\\s*(?:\\.\\.\\s*(\\d{1,3}))?\\s*");

  private final Diagnostics d;
  private final int digits;
  private final Map<String, Attribute> product;
  private final Map<String, MappingView> nodes = new LinkedHashMap<>();
  private final Map<String, ModuleType> types = new LinkedHashMap<>();
  private final Set<String> reading = new HashSet<>();

  ModuleReader(Diagnostics diagnostics, int currencyDigits, Map<String, Attribute> product) {
    this.d = diagnostics;
    this.digits = currencyDigits;
    this.product = product;
  }

  /** Reads every module type of the section. */
  void read(Node section) {
    UniqueIds ids = new UniqueIds("module id", d);
    for (Node item : Scalars.list(section, "modules", d)) {
      MappingView m = MappingView.of(item, "module", MODULE_KEYS, d);
      String id = m == null ? null : ids.read(m.require("id"));
      if (id != null && types.containsKey(id)) {
        d.at(m.node(), "module '" + id + "' is already imported from a library");
      } else if (id != null) {
        nodes.put(id, m);
      }
    }
    nodes.keySet().forEach(this::type);
  }

  /** The slots of a {@code slots} mapping (slot id to {module, count, label, interchangeable}). */
  List<Slot> slots(Node section, String owner) {
    List<Slot> slots = new ArrayList<>();
    if (section == null) {
      return slots;
    }
    if (!(section instanceof MappingNode mapping)) {
      d.at(
          section,
          "expected a mapping of slots in " + owner + ", found " + Scalars.describe(section));
      return slots;
    }
    for (NodeTuple t : mapping.getValue()) {
      String id = Scalars.id(t.getKeyNode(), "slot id", d);
      Slot slot = id == null ? null : slot(id, t.getValueNode());
      if (slot != null) {
        slots.add(slot);
      }
    }
    return slots;
  }

  private Slot slot(String id, Node node) {
    MappingView m = MappingView.of(node, "slot " + id, SLOT_KEYS, d);
    if (m == null) {
      return null;
    }
    Node moduleNode = m.require("module");
    String moduleId = moduleNode == null ? null : Scalars.id(moduleNode, "module", d);
    ModuleType module = null;
    if (moduleId != null && !nodes.containsKey(moduleId) && !types.containsKey(moduleId)) {
      Set<String> known = new java.util.TreeSet<>(nodes.keySet());
      known.addAll(types.keySet());
      d.at(moduleNode, DidYouMean.hint("unknown module '" + moduleId + "'", moduleId, known));
    } else if (moduleId != null) {
      module = type(moduleId);
    }
    Node countNode = m.require("count");
    int[] count = countNode == null ? null : count(countNode);
    LocalizedText label = m.label(id);
    Boolean interchangeable =
        m.has("interchangeable")
            ? Scalars.flag(m.get("interchangeable"), "interchangeable", d)
            : Boolean.FALSE;
    if (module == null || count == null || label == null || interchangeable == null) {
      return null;
    }
    return new Slot(id, label, module, count[0], count[1], interchangeable);
  }

  private int[] count(Node node) {
    String text = node instanceof ScalarNode s ? s.getValue() : null;
    Matcher match = text == null ? null : COUNT.matcher(text);
    if (match == null || !match.matches()) {
      d.at(node, "expected a count such as 1..5 or 3, found " + Scalars.describe(node));
      return null;
    }
    int min = Integer.parseInt(match.group(1));
    int max = match.group(2) == null ? min : Integer.parseInt(match.group(2));
    if (min > max || max < 1 || max > Slot.MAX_INSTANCES) {
      d.at(
          node,
          "a count needs min <= max and 1 <= max <= " + Slot.MAX_INSTANCES + ", found " + text);
      return null;
    }
    return new int[] {min, max};
  }

  /** The ids of the module types this section defines (imported ones not included). */
  Set<String> defined() {
    return nodes.keySet();
  }

  /** The module type {@code id} this section defines, or null when it has none (or errors). */
  ModuleType defined(String id) {
    return nodes.containsKey(id) ? type(id) : null;
  }

  /** Makes module type {@code t}, imported from a library, usable in slots here. */
  void imported(ModuleType t, org.snakeyaml.engine.v2.nodes.Node at) {
    if (types.containsKey(t.id())) {
      d.at(at, "module '" + t.id() + "' is imported twice");
    } else {
      types.put(t.id(), t);
    }
  }

  /** The module type {@code id}, read on first use (its nested slots first); null after errors. */
  private ModuleType type(String id) {
    if (types.containsKey(id)) {
      return types.get(id);
    }
    MappingView m = nodes.get(id);
    if (!reading.add(id)) {
      d.at(m.node(), "module '" + id + "' contains itself through its slots");
      return null;
    }
    LocalizedText label = m.label(id);
    AttributeReader attributes = new AttributeReader(d, digits);
    attributes.read(m.require("attributes"));
    if (!attributes.facts().isEmpty() || !attributes.adaptive().isEmpty()) {
      d.at(m.node(), "module attributes cannot be customer facts or adaptive (not supported yet)");
    }
    List<Slot> nested = slots(m.get("slots"), "module " + id);
    Map<String, Attribute> scope = new LinkedHashMap<>(product);
    Map<String, Slot> slotMap = new LinkedHashMap<>();
    scope.putAll(attributes.byId());
    for (Slot s : nested) {
      Slots.expand(s).attributes().forEach(a -> scope.put(a.id(), a));
      slotMap.put(s.id(), s);
    }
    Expressions expressions = new Expressions(scope, slotMap, d);
    RuleReader rules = new RuleReader(d, expressions);
    rules.read(m.get("rules"));
    ProductionReader production = new ProductionReader(d, expressions, digits);
    ModuleType type =
        label == null
            ? null
            : new ModuleType(
                id,
                label,
                attributes.attributes(),
                rules.rules(),
                production.components(m.get("components")),
                nested);
    reading.remove(id);
    types.put(id, type);
    return type;
  }
}
