package dev.atelier.server.studio;

import dev.atelier.server.http.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML text and its nodes with marks: finds mappings by key and items by id, and changes the text
 * at a node's place (replace, put a key, append an item) so the rest keeps its comments and layout.
 * Stateless.
 */
final class YamlText {

  private YamlText() {}

  /** Sets {@code key} of mapping {@code m} to the YAML text {@code value}, adding it if missing. */
  static String put(String text, MappingNode m, String key, String value) {
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

  /** Appends the YAML text {@code item} to sequence {@code seq}, in its own style. */
  static String appendItem(String text, SequenceNode seq, String item) {
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
  static String written(String text, Node node) {
    return text.substring(
        node.getStartMark().orElseThrow().getIndex(), node.getEndMark().orElseThrow().getIndex());
  }

  /** {@code text} with {@code node}'s text replaced by {@code value}. */
  static String replace(String text, Node node, String value) {
    int from = node.getStartMark().orElseThrow().getIndex();
    int to = node.getEndMark().orElseThrow().getIndex();
    return text.substring(0, from) + value + text.substring(to);
  }

  /** The node at {@code node}'s place in {@code text} re-read (after earlier edits). */
  static Node locate(String text, Node node) {
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

  /** The node tree of {@code text}, with marks; empty for an empty document. */
  static Optional<Node> compose(String text) {
    // One buffer for the whole text: see YamlSource (a surrogate pair on a buffer boundary).
    LoadSettings settings =
        LoadSettings.builder().setUseMarks(true).setBufferSize(text.length() + 2).build();
    return new Compose(settings).composeString(text);
  }

  /** The value of {@code key} in {@code mapping}, or null (also when it is no mapping). */
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

  /** The mapping item of {@code sequence} whose {@code id} is {@code id}, if any. */
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
  static Optional<ScalarNode> bareId(@Nullable Node sequence, @Nullable String id) {
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
}
