package dev.atelier.server.studio;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.studio.StudioJson.EditRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The studio's everyday changes to a native YAML model, made in its text so that comments and
 * layout stay: a value's price, labels, a new value, a retired value (a rule forbidding it). Each
 * edit finds its place through the YAML node marks and inserts or replaces only that text.
 * Stateless.
 */
final class SourceEdits {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final Pattern PRICE = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  private SourceEdits() {}

  /** The rule id that retires {@code attribute = value}. */
  static String retiredRule(String attribute, @Nullable String value) {
    return "retired-" + attribute + "-" + value;
  }

  /** {@code text} with {@code edit} applied, or a 400/404 problem. */
  static Outcome<String> apply(String text, EditRequest edit) {
    if (edit.kind() == null || edit.attribute() == null) {
      return bad("kind", "'kind' and 'attribute' are required");
    }
    Optional<Node> root = compose(text);
    if (root.isEmpty() || !(root.get() instanceof MappingNode model)) {
      return bad("source", "the draft does not read as a YAML model; fix it in the editor first");
    }
    Optional<MappingNode> attribute = byId(get(model, "attributes"), edit.attribute());
    if (attribute.isEmpty()) {
      return Outcome.rejected(
          Problem.of(
              404,
              "unknown-attribute",
              "Unknown attribute",
              "the draft has no attribute '" + edit.attribute() + "'",
              "attribute"));
    }
    Node values = get(attribute.get(), "values");
    Optional<ScalarNode> bare = bareId(values, edit.value());
    if (bare.isPresent() && !edit.kind().equals("add-value")) {
      // A bare id is short for {id: x}: written out, the edit then finds a mapping to change.
      return apply(replace(text, bare.get(), "{id: " + written(text, bare.get()) + "}"), edit);
    }
    Node target =
        edit.kind().equals("add-value") ? values : byId(values, edit.value()).orElse(null);
    Optional<Problem> shared =
        edit.kind().equals("retire-value")
            ? Optional.empty()
            : SharedValues.problem(model, edit.attribute(), target);
    if (shared.isPresent()) {
      return Outcome.rejected(shared.get());
    }
    return switch (edit.kind()) {
      case "price" -> withValue(values, edit).then(v -> price(text, v, edit.price()));
      case "label" -> withValue(values, edit).then(v -> labels(text, v, edit.labels()));
      case "add-value" -> addValue(text, values, edit);
      case "retire-value" -> withValue(values, edit).then(v -> retire(text, model, edit));
      default -> bad("kind", "'kind' is price, label, add-value or retire-value");
    };
  }

  private static Outcome<MappingNode> withValue(@Nullable Node values, EditRequest edit) {
    Optional<MappingNode> v = byId(values, edit.value());
    return v.isPresent()
        ? Outcome.ok(v.get())
        : Outcome.rejected(
            Problem.of(
                404,
                "unknown-value",
                "Unknown value",
                "'" + edit.attribute() + "' has no value '" + edit.value() + "'",
                "value"));
  }

  private static Outcome<String> price(String text, MappingNode value, @Nullable String price) {
    if (price == null || !PRICE.matcher(price.trim()).matches()) {
      return bad("price", "'price' must be a decimal such as 12.50");
    }
    return Outcome.ok(put(text, value, "price", price.trim()));
  }

  private static Outcome<String> labels(
      String text, MappingNode value, @Nullable Map<String, String> labels) {
    if (labels == null || labels.isEmpty()) {
      return bad("labels", "'labels' needs at least one language");
    }
    for (Map.Entry<String, String> e : labels.entrySet()) {
      if (!LANGUAGE.matcher(e.getKey()).matches()
          || e.getValue() == null
          || e.getValue().isBlank()
          || e.getValue().length() > 200) {
        return bad("labels", "each label needs a two-letter language and 1 to 200 characters");
      }
    }
    String out = text;
    for (Map.Entry<String, String> e : labels.entrySet()) {
      MappingNode v = (MappingNode) locate(out, value);
      Node label = get(v, "label");
      if (label instanceof MappingNode m) {
        out = put(out, m, e.getKey(), quote(e.getValue().trim()));
      } else if (label == null) {
        out = put(out, v, "label", "{" + e.getKey() + ": " + quote(e.getValue().trim()) + "}");
      } else {
        out = replace(out, label, "{" + e.getKey() + ": " + quote(e.getValue().trim()) + "}");
      }
    }
    return Outcome.ok(out);
  }

  private static Outcome<String> addValue(String text, @Nullable Node values, EditRequest edit) {
    if (edit.value() == null || !ID.matcher(edit.value()).matches()) {
      return bad("value", "'value' must be an id: letters, digits, '_' or '-'");
    }
    if (!(values instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      return bad("attribute", "'" + edit.attribute() + "' has no list of values to add to");
    }
    if (byId(values, edit.value()).isPresent() || bareId(values, edit.value()).isPresent()) {
      return bad("value", "'" + edit.attribute() + "' already has a value '" + edit.value() + "'");
    }
    StringBuilder item = new StringBuilder("{id: ").append(edit.value());
    if (edit.labels() != null && !edit.labels().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, String> e : edit.labels().entrySet()) {
        if (!LANGUAGE.matcher(e.getKey()).matches()
            || e.getValue() == null
            || e.getValue().isBlank()) {
          return bad("labels", "each label needs a two-letter language and a text");
        }
        parts.add(e.getKey() + ": " + quote(e.getValue().trim()));
      }
      item.append(", label: {").append(String.join(", ", parts)).append('}');
    }
    if (edit.price() != null && !edit.price().isBlank()) {
      if (!PRICE.matcher(edit.price().trim()).matches()) {
        return bad("price", "'price' must be a decimal such as 12.50");
      }
      item.append(", price: ").append(edit.price().trim());
    }
    item.append('}');
    return Outcome.ok(appendItem(text, seq, item.toString()));
  }

  private static Outcome<String> retire(String text, MappingNode model, EditRequest edit) {
    String id = retiredRule(edit.attribute(), edit.value());
    Node rules = get(model, "rules");
    if (byId(rules, id).isPresent()) {
      return bad("value", edit.attribute() + " = " + edit.value() + " is retired already");
    }
    String rule =
        "{id: "
            + id
            + ", label: {en: "
            + quote(edit.value() + " is no longer offered")
            + ", de: "
            + quote(edit.value() + " wird nicht mehr angeboten")
            + "}, rule: "
            + quote("not (" + edit.attribute() + " = " + edit.value() + ")")
            + "}";
    if (rules instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
      return Outcome.ok(appendItem(text, seq, rule));
    }
    String end = text.endsWith("\n") ? "" : "\n";
    return Outcome.ok(text + end + "rules:\n  - " + rule + "\n");
  }

  /** Sets {@code key} of mapping {@code m} to the YAML text {@code value}, adding it if missing. */
  private static String put(String text, MappingNode m, String key, String value) {
    Node old = get(m, key);
    if (old != null) {
      return replace(text, old, value);
    }
    int end = m.getEndMark().orElseThrow().getIndex();
    if (m.getFlowStyle() == FlowStyle.FLOW) {
      int close = text.lastIndexOf('}', end - 1);
      return text.substring(0, close) + ", " + key + ": " + value + text.substring(close);
    }
    NodeTuple last = m.getValue().get(m.getValue().size() - 1);
    int column = m.getValue().get(0).getKeyNode().getStartMark().orElseThrow().getColumn();
    int at = lineEnd(text, last.getValueNode().getEndMark().orElseThrow().getIndex());
    return text.substring(0, at)
        + "\n"
        + " ".repeat(column)
        + key
        + ": "
        + value
        + text.substring(at);
  }

  private static String appendItem(String text, SequenceNode seq, String item) {
    if (seq.getFlowStyle() == FlowStyle.FLOW) {
      int close = text.lastIndexOf(']', seq.getEndMark().orElseThrow().getIndex() - 1);
      return text.substring(0, close) + ", " + item + text.substring(close);
    }
    Node last = seq.getValue().get(seq.getValue().size() - 1);
    int column = seq.getValue().get(0).getStartMark().orElseThrow().getColumn();
    int at = lineEnd(text, last.getEndMark().orElseThrow().getIndex());
    return text.substring(0, at)
        + "\n"
        + " ".repeat(Math.max(0, column - 2))
        + "- "
        + item
        + text.substring(at);
  }

  /** The end of the line holding {@code index} (or of the previous line when it starts one). */
  private static int lineEnd(String text, int index) {
    if (index > 0 && index <= text.length() && text.charAt(index - 1) == '\n') {
      return index - 1;
    }
    int nl = text.indexOf('\n', index);
    return nl < 0 ? text.length() : nl;
  }

  /** {@code node}'s text as written (quotes included). */
  private static String written(String text, Node node) {
    return text.substring(
        node.getStartMark().orElseThrow().getIndex(), node.getEndMark().orElseThrow().getIndex());
  }

  private static String replace(String text, Node node, String value) {
    int from = node.getStartMark().orElseThrow().getIndex();
    int to = node.getEndMark().orElseThrow().getIndex();
    return text.substring(0, from) + value + text.substring(to);
  }

  /** The node at {@code node}'s place in {@code text} re-read (after earlier edits). */
  private static Node locate(String text, Node node) {
    int line = node.getStartMark().orElseThrow().getLine();
    int column = node.getStartMark().orElseThrow().getColumn();
    return find(compose(text).orElseThrow(), line, column).orElseThrow();
  }

  private static Optional<Node> find(Node n, int line, int column) {
    if (n.getStartMark().orElseThrow().getLine() == line
        && n.getStartMark().orElseThrow().getColumn() == column
        && n instanceof MappingNode) {
      return Optional.of(n);
    }
    List<Node> children = new ArrayList<>();
    if (n instanceof MappingNode m) {
      m.getValue().forEach(t -> children.add(t.getValueNode()));
    } else if (n instanceof SequenceNode s) {
      children.addAll(s.getValue());
    }
    for (Node c : children) {
      Optional<Node> f = find(c, line, column);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  static Optional<Node> compose(String text) {
    LoadSettings settings = LoadSettings.builder().setUseMarks(true).build();
    return new Compose(settings).composeString(text);
  }

  static @Nullable Node get(@Nullable Node mapping, String key) {
    if (!(mapping instanceof MappingNode m)) {
      return null;
    }
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return t.getValueNode();
      }
    }
    return null;
  }

  static Optional<MappingNode> byId(@Nullable Node sequence, @Nullable String id) {
    if (!(sequence instanceof SequenceNode s) || id == null) {
      return Optional.empty();
    }
    for (Node item : s.getValue()) {
      if (item instanceof MappingNode m
          && get(m, "id") instanceof ScalarNode k
          && k.getValue().equals(id)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The item of {@code sequence} written as the bare scalar {@code id}, if any. */
  private static Optional<ScalarNode> bareId(@Nullable Node sequence, @Nullable String id) {
    if (!(sequence instanceof SequenceNode s) || id == null) {
      return Optional.empty();
    }
    return s.getValue().stream()
        .filter(item -> item instanceof ScalarNode k && k.getValue().equals(id))
        .map(ScalarNode.class::cast)
        .findFirst();
  }

  /** {@code s} as a YAML double-quoted scalar. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(c < 0x20 ? ' ' : c);
      }
    }
    return b.append('"').toString();
  }

  private static <T> Outcome<T> bad(String field, String detail) {
    return Outcome.rejected(Problem.badRequest(field, detail));
  }
}
