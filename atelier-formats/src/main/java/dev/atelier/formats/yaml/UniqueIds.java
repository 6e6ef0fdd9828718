package dev.atelier.formats.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The ids of one kind ("operation id") read so far in a file: a second definition of an id is
 * reported with the place of the first. Not thread-safe; one per kind and file.
 */
final class UniqueIds {
  private final String what;
  private final Diagnostics d;
  private final Map<String, Node> places = new LinkedHashMap<>();

  UniqueIds(String what, Diagnostics diagnostics) {
    this.what = what;
    this.d = diagnostics;
  }

  /** The id at {@code idNode}; null when absent, malformed or a duplicate (after reporting). */
  String read(Node idNode) {
    if (idNode == null) {
      return null;
    }
    String id = Scalars.id(idNode, what, d);
    if (id != null && places.putIfAbsent(id, idNode) != null) {
      d.at(
          idNode,
          "duplicate "
              + what
              + " '"
              + id
              + "' (first defined at "
              + Scalars.place(places.get(id))
              + ")");
      return null;
    }
    return id;
  }

  /** The ids read, in order, with the node where each is defined. */
  Map<String, Node> places() {
    return places;
  }
}
