package dev.atelier.server.studio;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Values written once and reused through a YAML alias ({@code values: &colours [...]} and {@code
 * values: *colours}): a form's edit of one attribute's list or value would change every attribute
 * that shares it, so it is refused with the attributes named. Stateless.
 */
final class SharedValues {

  private SharedValues() {}

  /**
   * A 409 problem when {@code target} (the list or value an edit of {@code attribute} writes to) is
   * also part of another attribute of {@code model}.
   */
  static Optional<Problem> problem(MappingNode model, String attribute, @Nullable Node target) {
    if (target == null || !(YamlText.get(model, "attributes") instanceof SequenceNode all)) {
      return Optional.empty();
    }
    List<String> sharers = new ArrayList<>();
    for (Node other : all.getValue()) {
      if (YamlText.get(other, "id") instanceof ScalarNode id
          && !id.getValue().equals(attribute)
          && holds(YamlText.get(other, "values"), target)) {
        sharers.add(id.getValue());
      }
    }
    if (sharers.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.of(
            409,
            "state-conflict",
            "Values shared with another attribute",
            "'"
                + attribute
                + "' shares these values with "
                + String.join(", ", sharers.stream().map(s -> "'" + s + "'").toList())
                + " through a YAML alias, so this change would change them too; edit the draft's"
                + " source to give each attribute its own list",
            "attribute"));
  }

  /** Whether {@code target} is {@code root} or one of its descendants (by identity). */
  private static boolean holds(@Nullable Node root, Node target) {
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Node> open = new ArrayList<>();
    if (root != null) {
      open.add(root);
    }
    while (!open.isEmpty()) {
      Node n = open.remove(open.size() - 1);
      if (n == target) {
        return true;
      }
      if (!seen.add(n)) {
        continue;
      }
      if (n instanceof MappingNode m) {
        for (NodeTuple t : m.getValue()) {
          open.add(t.getValueNode());
        }
      } else if (n instanceof SequenceNode s) {
        open.addAll(s.getValue());
      }
    }
    return false;
  }
}
