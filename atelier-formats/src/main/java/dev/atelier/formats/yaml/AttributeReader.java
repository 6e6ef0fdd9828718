package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.Fact;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.formats.DidYouMean;
import dev.atelier.formats.product.NotByDefault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads the {@code attributes} section. Not thread-safe; one instance per file. */
final class AttributeReader {
  private static final List<String> COMMON =
      List.of("id", "kind", "label", "optional", "adaptive", "fact", "notByDefault");

  private final Diagnostics d;
  private final AttributeKinds kinds;
  private final List<Attribute> attributes = new ArrayList<>();
  private final Map<String, Attribute> byId = new LinkedHashMap<>();
  private final Map<String, Node> places = new LinkedHashMap<>();
  private final Set<String> adaptive = new LinkedHashSet<>();
  private final List<Fact> facts = new ArrayList<>();
  private final List<NotByDefault> notByDefault = new ArrayList<>();

  AttributeReader(Diagnostics diagnostics, int currencyDigits) {
    this.d = diagnostics;
    this.kinds = new AttributeKinds(diagnostics, currencyDigits);
  }

  List<Attribute> attributes() {
    return attributes;
  }

  /** Attributes by id (the first of duplicates), for resolving names. */
  Map<String, Attribute> byId() {
    return byId;
  }

  Set<String> adaptive() {
    return adaptive;
  }

  /** The attributes marked {@code fact}, in model order. */
  List<Fact> facts() {
    return facts;
  }

  List<NotByDefault> notByDefault() {
    return notByDefault;
  }

  void read(Node section) {
    for (Node item : Scalars.list(section, "attributes", d)) {
      attribute(item);
    }
  }

  private void attribute(Node node) {
    String kind = kindOf(node);
    List<String> allowed = new ArrayList<>(COMMON);
    allowed.addAll(AttributeKinds.keys(kind));
    MappingView m = MappingView.of(node, "attribute", allowed.stream().distinct().toList(), d);
    if (m == null) {
      return;
    }
    Node idNode = m.require("id");
    String id = idNode == null ? null : Scalars.id(idNode, "attribute id", d);
    if (kind == null) {
      Node kindNode = m.require("kind");
      if (kindNode != null) {
        String given = Scalars.text(kindNode, "kind", d);
        if (given != null) {
          d.at(
              kindNode,
              DidYouMean.hint("unknown attribute kind '" + given + "'", given, AttributeKinds.KINDS)
                  + " (expected enum, boolean, integer or text)");
        }
      }
      return;
    }
    String label = "attribute " + (id == null ? "?" : id);
    LocalizedText text = m.label(id);
    boolean optional = flag(m, "optional");
    if (flag(m, "adaptive") && id != null) {
      adaptive.add(id);
    }
    Attribute a =
        switch (kind) {
          case "enum" ->
              new EnumAttribute(orEmpty(id), orId(text, id), kinds.values(m, label), optional);
          case "boolean" ->
              new BooleanAttribute(orEmpty(id), orId(text, id), optional, kinds.price(m, "price"));
          case "integer" -> kinds.integer(m, orEmpty(id), orId(text, id), optional);
          default -> kinds.text(m, orEmpty(id), orId(text, id), optional);
        };
    if (id == null || text == null || a == null) {
      return;
    }
    if (a instanceof EnumAttribute e && e.values().isEmpty() && !optional) {
      d.at(m.keyOrSelf("values"), "required attribute '" + id + "' needs at least one value");
    }
    Node first = places.putIfAbsent(id, idNode);
    if (first != null) {
      d.at(
          idNode,
          "duplicate attribute id '" + id + "' (first defined at " + Scalars.place(first) + ")");
      return;
    }
    attributes.add(a);
    byId.put(id, a);
    Fact fact = m.has("fact") ? fact(m.get("fact"), id, kind) : null;
    if (fact != null) {
      facts.add(fact);
    }
    notByDefault(m.get("notByDefault"), a);
  }

  /**
   * A {@code fact} entry: {@code true}, or a mapping with an optional {@code profile} key and
   * {@code help} text.
   */
  private Fact fact(Node node, String id, String kind) {
    if ("text".equals(kind)) {
      d.at(node, "a text attribute cannot be a customer fact");
      return null;
    }
    if (node instanceof ScalarNode) {
      Boolean on = Scalars.flag(node, "fact", d);
      return Boolean.TRUE.equals(on) ? Fact.of(id) : null;
    }
    MappingView f = MappingView.of(node, "fact of attribute " + id, List.of("profile", "help"), d);
    if (f == null) {
      return null;
    }
    String profile = f.has("profile") ? Scalars.text(f.get("profile"), "profile", d) : "";
    if (profile != null && !profile.isEmpty() && !Fact.PROFILE_KEY.matcher(profile).matches()) {
      d.at(
          f.get("profile"),
          "profile key '" + profile + "' must be lower-case words joined by hyphens (inside-leg)");
      return null;
    }
    LocalizedText help = f.has("help") ? Scalars.label(f.get("help"), "help", d) : null;
    if (profile == null || (f.has("help") && help == null)) {
      return null;
    }
    return new Fact(id, profile, Optional.ofNullable(help));
  }

  /** The attribute's {@code notByDefault} list: its value ids, {@code ~} for "unset". */
  private void notByDefault(Node list, Attribute a) {
    for (Node item : Scalars.list(list, "notByDefault", d)) {
      String value =
          item instanceof ScalarNode s && (s.getValue().equals("~") || s.getValue().isEmpty())
              ? NotByDefault.UNSET
              : Scalars.valueId(item, d);
      if (value == null) {
        continue;
      }
      if (value.equals(NotByDefault.UNSET) ? !a.optional() : !a.valueIds().contains(value)) {
        d.at(
            item,
            value.equals(NotByDefault.UNSET)
                ? "'~' (unset) in notByDefault needs an optional attribute; '"
                    + a.id()
                    + "' is required"
                : "unknown value '" + value + "' of attribute '" + a.id() + "' in notByDefault");
        continue;
      }
      notByDefault.add(new NotByDefault(a.id(), value));
    }
  }

  private static String orEmpty(String id) {
    return id == null ? "" : id;
  }

  private static LocalizedText orId(LocalizedText text, String id) {
    return text != null ? text : LocalizedText.of(orEmpty(id) + "?");
  }

  private String kindOf(Node node) {
    if (node instanceof org.snakeyaml.engine.v2.nodes.MappingNode mapping) {
      for (var t : mapping.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k
            && k.getValue().equals("kind")
            && t.getValueNode() instanceof ScalarNode v
            && AttributeKinds.KINDS.contains(v.getValue())) {
          return v.getValue();
        }
      }
    }
    return null;
  }

  private boolean flag(MappingView m, String key) {
    Node node = m.get(key);
    Boolean value = node == null ? Boolean.FALSE : Scalars.flag(node, key, d);
    return Boolean.TRUE.equals(value);
  }
}
