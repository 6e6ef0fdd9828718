package dev.atelier.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The bad copies of a valid request body that {@link BadInputTest} sends to every route. */
final class BodyMutations {

  private BodyMutations() {}

  /** One changed copy of a valid body: what was done ({@code kind}) to which field. */
  record Mutation(String kind, String field, JsonNode body) {}

  /** Every field dropped, nulled, given the wrong type, or (strings) an unknown id. */
  static List<Mutation> of(JsonNode valid) {
    List<Mutation> out = new ArrayList<>();
    walk(valid, "", valid, out);
    return out;
  }

  private static void walk(JsonNode root, String path, JsonNode node, List<Mutation> out) {
    if (node instanceof ObjectNode object) {
      for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        String field = path.isEmpty() ? name : path + "." + name;
        out.add(new Mutation("drop", field, edit(root, path, n -> ((ObjectNode) n).remove(name))));
        mutateChild(root, path, field, object.get(name), n -> name, out);
        walk(root, field, object.get(name), out);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        int index = i;
        String field = path + "[" + i + "]";
        mutateChild(root, path, field, array.get(i), n -> String.valueOf(index), out);
        walk(root, field, array.get(i), out);
      }
    }
  }

  private static void mutateChild(
      JsonNode root,
      String parent,
      String field,
      JsonNode child,
      java.util.function.Function<JsonNode, String> key,
      List<Mutation> out) {
    List<Map.Entry<String, JsonNode>> replacements = new ArrayList<>();
    replacements.add(Map.entry("null", TestServer.JSON.nullNode()));
    replacements.add(
        Map.entry(
            "type",
            child.isTextual()
                ? TestServer.JSON.getNodeFactory().numberNode(5)
                : TestServer.JSON.getNodeFactory().textNode("x")));
    if (child.isTextual()) {
      replacements.add(Map.entry("unknown", TestServer.JSON.getNodeFactory().textNode("zzz")));
    }
    for (Map.Entry<String, JsonNode> r : replacements) {
      out.add(
          new Mutation(
              r.getKey(),
              field,
              edit(
                  root,
                  parent,
                  n -> {
                    if (n instanceof ObjectNode o) {
                      o.set(key.apply(n), r.getValue());
                    } else {
                      ((ArrayNode) n).set(Integer.parseInt(key.apply(n)), r.getValue());
                    }
                  })));
    }
  }

  private static JsonNode edit(JsonNode root, String path, Consumer<JsonNode> change) {
    JsonNode copy = root.deepCopy();
    JsonNode target = copy;
    for (String part : path.isEmpty() ? new String[0] : path.split("\\.")) {
      String name = part.replaceAll("\\[.*", "");
      target = target.get(name);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(part);
      while (m.find()) {
        target = target.get(Integer.parseInt(m.group(1)));
      }
    }
    change.accept(target);
    return copy;
  }
}
