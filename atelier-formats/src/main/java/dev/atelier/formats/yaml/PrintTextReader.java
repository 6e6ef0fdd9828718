package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.engine.model.Value;
import dev.atelier.formats.DidYouMean;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.print.PrintText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a print area's {@code text} (its text attributes and their style) against the model's
 * attributes; every problem becomes a diagnostic and the text is left out (null).
 */
final class PrintTextReader {
  static final List<String> KEYS =
      List.of("attributes", "place", "size", "colour", "colours", "position");

  private final Diagnostics d;
  private final Map<String, Attribute> attributes;

  PrintTextReader(Diagnostics d, Map<String, Attribute> attributes) {
    this.d = d;
    this.attributes = attributes;
  }

  /** The text of an area {@code id} with the given size (null when not known). */
  PrintText read(Node node, String id, Integer widthMm, Integer heightMm, Integer marginMm) {
    MappingView m = MappingView.of(node, "the text of print area '" + id + "'", KEYS, d);
    if (m == null) {
      return null;
    }
    boolean ok = true;
    Node listNode = m.require("attributes");
    List<String> texts = new ArrayList<>();
    for (Node n : Scalars.list(listNode, "text attributes", d)) {
      String a = Scalars.text(n, "text attribute", d);
      if (a == null) {
        ok = false;
      } else if (!(attributes.get(a) instanceof TextAttribute t)) {
        d.at(n, unknown("text attribute", a, "a text"));
        ok = false;
      } else if (widthMm != null && marginMm != null && !fits(t, widthMm - 2 * marginMm)) {
        d.at(
            n,
            "text attribute '"
                + a
                + "' of up to "
                + t.maxLength()
                + " characters is not "
                + PrintArea.MIN_TEXT_MM
                + " mm tall in the "
                + (widthMm - 2 * marginMm)
                + " mm of the safe area; shorten its maxLength");
        ok = false;
      } else {
        texts.add(a);
      }
    }
    if (listNode != null && texts.isEmpty() && ok) {
      d.at(listNode, "a print area's text names at least one text attribute");
      ok = false;
    }
    Optional<String> place = Optional.empty();
    if (m.has("place")) {
      place = enumAttribute(m.get("place"), "place attribute");
      if (place.isPresent() && !valueIds(place.get()).contains(id)) {
        d.at(m.get("place"), "place attribute '" + place.get() + "' has no value '" + id + "'");
        place = Optional.empty();
      }
      ok &= place.isPresent();
    }
    Integer size = size(m, heightMm, marginMm);
    ok &= size != null;
    Optional<String> colour = Optional.empty();
    Map<String, String> colours = new LinkedHashMap<>();
    if (m.has("colour")) {
      colour = enumAttribute(m.get("colour"), "colour attribute");
      ok &= colour.isPresent() && colours(m.require("colours"), colour.get(), colours);
    } else if (m.has("colours")) {
      d.at(m.keyOrSelf("colours"), "colours need a colour attribute ('colour')");
      ok = false;
    }
    Optional<PrintText.Position> position = Optional.of(PrintText.Position.BOTTOM);
    if (m.has("position")) {
      String p = Scalars.text(m.get("position"), "position", d);
      position = p == null ? Optional.empty() : PrintText.Position.byId(p);
      if (p != null && position.isEmpty()) {
        d.at(m.get("position"), "unknown position '" + p + "' (known: top, centre, bottom)");
      }
      ok &= position.isPresent();
    }
    return ok && position.isPresent()
        ? new PrintText(texts, place, size, colour, colours, position.get())
        : null;
  }

  /** Whether {@code t} at its longest fits {@code safeWidthMm} at the smallest text height. */
  private static boolean fits(TextAttribute t, int safeWidthMm) {
    return t.maxLength() * PrintText.WIDTH_PER_HEIGHT * PrintArea.MIN_TEXT_MM <= safeWidthMm;
  }

  private Integer size(MappingView m, Integer heightMm, Integer marginMm) {
    Node n = m.get("size");
    if (n == null || (n instanceof ScalarNode s && s.getValue().equals("fit"))) {
      return PrintText.FIT;
    }
    int top = heightMm == null || marginMm == null ? PrintArea.MAX_MM : heightMm - 2 * marginMm;
    return Scalars.bounded(
        n,
        "text size (mm, or fit)",
        PrintArea.MIN_TEXT_MM,
        Math.max(PrintArea.MIN_TEXT_MM, top),
        d);
  }

  private Optional<String> enumAttribute(Node n, String what) {
    String a = Scalars.text(n, what, d);
    if (a == null) {
      return Optional.empty();
    }
    if (!(attributes.get(a) instanceof EnumAttribute)) {
      d.at(n, unknown(what, a, "an enum"));
      return Optional.empty();
    }
    return Optional.of(a);
  }

  private boolean colours(Node node, String attribute, Map<String, String> out) {
    if (node == null) {
      return false;
    }
    if (!(node instanceof MappingNode mapping)) {
      d.at(node, "expected colours as a mapping value: \"#rrggbb\", e.g. {red: \"#b3261e\"}");
      return false;
    }
    List<String> values = valueIds(attribute);
    boolean ok = true;
    for (NodeTuple t : mapping.getValue()) {
      String value = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      String hex = t.getValueNode() instanceof ScalarNode s ? s.getValue() : "";
      if (!values.contains(value)) {
        d.at(
            t.getKeyNode(),
            DidYouMean.hint(
                "colour attribute '" + attribute + "' has no value '" + value + "'",
                value,
                values));
        ok = false;
      } else if (!PrintText.isColour(hex)) {
        d.at(t.getValueNode(), "expected a colour \"#rrggbb\" for '" + value + "'");
        ok = false;
      } else {
        out.put(value, hex);
      }
    }
    return ok;
  }

  private List<String> valueIds(String enumAttribute) {
    return ((EnumAttribute) attributes.get(enumAttribute))
        .values().stream().map(Value::id).toList();
  }

  private String unknown(String what, String id, String kind) {
    return attributes.containsKey(id)
        ? what + " '" + id + "' is not " + kind + " attribute"
        : DidYouMean.hint("unknown " + what + " '" + id + "'", id, attributes.keySet());
  }
}
