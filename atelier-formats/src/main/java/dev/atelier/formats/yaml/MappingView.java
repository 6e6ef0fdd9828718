package dev.atelier.formats.yaml;

import dev.atelier.engine.model.LocalizedText;
import dev.atelier.formats.DidYouMean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A YAML mapping read as a record: keys looked up by name, duplicate and unknown keys reported with
 * their position (unknown ones with a did-you-mean), missing required keys reported at the mapping.
 * Not thread-safe.
 */
final class MappingView {
  private final Node node;
  private final String what;
  private final Diagnostics diagnostics;
  private final Map<String, Node> values = new LinkedHashMap<>();
  private final Map<String, Node> keys = new LinkedHashMap<>();

  private MappingView(Node node, String what, Diagnostics diagnostics) {
    this.node = node;
    this.what = what;
    this.diagnostics = diagnostics;
  }

  /**
   * The mapping at {@code node} describing {@code what} ("attribute frame"), checked against the
   * {@code allowed} keys; null (after a diagnostic) when the node is not a mapping.
   */
  static MappingView of(Node node, String what, List<String> allowed, Diagnostics diagnostics) {
    if (!(node instanceof MappingNode mapping)) {
      diagnostics.at(node, "expected a mapping for " + what + ", found " + Scalars.describe(node));
      return null;
    }
    MappingView view = new MappingView(node, what, diagnostics);
    for (NodeTuple t : mapping.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key)) {
        diagnostics.at(t.getKeyNode(), "expected a plain key in " + what);
        continue;
      }
      String name = key.getValue();
      Node first = view.keys.get(name);
      if (first != null) {
        diagnostics.at(
            key,
            "duplicate key '" + name + "' in " + what + " (first at " + Scalars.place(first) + ")");
      } else if (!allowed.contains(name)) {
        diagnostics.at(
            key,
            DidYouMean.hint("unknown key '" + name + "' in " + what, name, allowed)
                + " (known keys: "
                + String.join(", ", allowed)
                + ")");
      } else {
        view.keys.put(name, key);
        view.values.put(name, t.getValueNode());
      }
    }
    return view;
  }

  /** The value of {@code key}, or null when absent. */
  Node get(String key) {
    return values.get(key);
  }

  /** Whether {@code key} is present. */
  boolean has(String key) {
    return values.containsKey(key);
  }

  /** The key node of {@code key}, or the mapping when absent (a place to report at). */
  Node keyOrSelf(String key) {
    return keys.getOrDefault(key, node);
  }

  /** The value of {@code key}, or null after reporting that it is missing. */
  Node require(String key) {
    Node value = values.get(key);
    if (value == null) {
      diagnostics.at(node, "missing required key '" + key + "' in " + what);
    }
    return value;
  }

  /** The {@code label}, or {@code fallback} ("?" when null) as the label when there is none. */
  LocalizedText label(String fallback) {
    return has("label")
        ? Scalars.label(get("label"), "label", diagnostics)
        : LocalizedText.of(fallback == null ? "?" : fallback);
  }

  /** The mapping node itself. */
  Node node() {
    return node;
  }

  /** What the mapping describes. */
  String what() {
    return what;
  }
}
