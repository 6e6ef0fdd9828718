package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.print.PrintText;
import dev.atelier.formats.print.Technique;
import dev.atelier.formats.print.TechniqueLimit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads the {@code printAreas} section; every problem becomes a diagnostic. */
final class PrintAreaReader {
  static final List<String> KEYS =
      List.of("id", "label", "part", "width", "height", "safeMargin", "techniques", "text");

  /** Area ids are lower-case words: they prefix attribute ids ({@code tongue_width}). */
  private static final Pattern AREA_ID = Pattern.compile("[a-z][a-z0-9]*");

  private final Diagnostics d;
  private final PrintTextReader texts;

  /** A reader reporting to {@code d}; a text names attributes among {@code attributes}. */
  PrintAreaReader(Diagnostics d, Map<String, Attribute> attributes) {
    this.d = d;
    this.texts = new PrintTextReader(d, attributes);
  }

  List<PrintArea> read(Node node) {
    if (node == null) {
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    return YamlLists.mappings(
        node,
        "printAreas",
        "a print area",
        KEYS,
        d,
        m -> {
          PrintArea area = area(m);
          if (area != null && !seen.add(area.id())) {
            d.at(m.node(), "duplicate print area id '" + area.id() + "'");
            return null;
          }
          return area;
        });
  }

  private PrintArea area(MappingView m) {
    Node idNode = m.require("id");
    String id = idNode == null ? null : Scalars.text(idNode, "print area id", d);
    if (id != null && !AREA_ID.matcher(id).matches()) {
      d.at(idNode, "print area id '" + id + "' must be a lower-case word (a-z, 0-9)");
      id = null;
    }
    LocalizedText label = m.label(id == null ? "?" : id);
    Node partNode = m.require("part");
    String part = partNode == null ? null : Scalars.text(partNode, "part", d);
    Integer width = size(m, "width");
    Integer height = size(m, "height");
    Integer margin =
        m.has("safeMargin")
            ? Scalars.bounded(m.get("safeMargin"), "safeMargin", 0, PrintArea.MAX_MM, d)
            : Integer.valueOf(0);
    Node techNode = m.require("techniques");
    List<TechniqueLimit> techniques = techNode == null ? null : techniques(techNode);
    PrintText text =
        m.has("text")
            ? texts.read(m.get("text"), id == null ? "?" : id, width, height, margin)
            : null;
    if (m.has("text") && text == null) {
      return null;
    }
    if (width != null
        && height != null
        && margin != null
        && 2 * margin >= Math.min(width, height)) {
      d.at(
          m.get("safeMargin"),
          "safeMargin " + margin + " leaves no room in " + width + " x " + height + " mm");
      return null;
    }
    if (id == null
        || label == null
        || part == null
        || width == null
        || height == null
        || margin == null
        || techniques == null
        || techniques.isEmpty()) {
      return null;
    }
    return new PrintArea(
        id, label, part, width, height, margin, techniques, Optional.ofNullable(text));
  }

  private Integer size(MappingView m, String key) {
    Node n = m.require(key);
    return n == null
        ? null
        : Scalars.bounded(n, key + " (mm)", PrintArea.MIN_MM, PrintArea.MAX_MM, d);
  }

  private List<TechniqueLimit> techniques(Node node) {
    if (!(node instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
      d.at(
          node,
          "expected techniques as a mapping technique: most colours (or unlimited), e.g. {print:"
              + " unlimited, embroidery: 6}");
      return null;
    }
    List<TechniqueLimit> out = new ArrayList<>();
    boolean ok = true;
    for (NodeTuple t : mapping.getValue()) {
      String name = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      Optional<Technique> technique = Technique.byId(name);
      if (technique.isEmpty()) {
        d.at(t.getKeyNode(), "unknown technique '" + name + "' (known: print, embroidery)");
        ok = false;
        continue;
      }
      if (out.stream().anyMatch(l -> l.technique() == technique.get())) {
        d.at(t.getKeyNode(), "duplicate technique '" + name + "'");
        ok = false;
        continue;
      }
      Integer max =
          t.getValueNode() instanceof ScalarNode v && v.getValue().equals("unlimited")
              ? Integer.valueOf(TechniqueLimit.UNLIMITED)
              : Scalars.bounded(
                  t.getValueNode(), "colours of " + name, 1, PrintArea.MAX_COLOURS, d);
      if (max == null) {
        ok = false;
        continue;
      }
      out.add(new TechniqueLimit(technique.get(), max));
    }
    return ok ? out : null;
  }
}
