package dev.atelier.formats.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a YAML list item by item, keeping the items that read (a reader returns null after
 * reporting a bad one, so one bad item does not hide the others). Stateless and thread-safe.
 */
final class YamlLists {
  private YamlLists() {}

  /**
   * The items of the list at {@code node} (none when absent; reported when not a list), each read
   * by {@code read}; the nulls are left out.
   */
  static <T> List<T> items(Node node, String what, Diagnostics d, Function<Node, T> read) {
    List<T> items = new ArrayList<>();
    for (Node item : Scalars.list(node, what, d)) {
      T value = read.apply(item);
      if (value != null) {
        items.add(value);
      }
    }
    return items;
  }

  /**
   * The items of the list at {@code node}, each a mapping describing {@code item} with the {@code
   * allowed} keys (see {@link MappingView#of}), read by {@code read}; the nulls are left out.
   */
  static <T> List<T> mappings(
      Node node,
      String what,
      String item,
      List<String> allowed,
      Diagnostics d,
      Function<MappingView, T> read) {
    return items(
        node,
        what,
        d,
        n -> {
          MappingView m = MappingView.of(n, item, allowed, d);
          return m == null ? null : read.apply(m);
        });
  }
}
