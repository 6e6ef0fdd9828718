package dev.atelier.server.studio;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.TextFields;
import dev.atelier.server.studio.StudioJson.EditRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The studio's everyday changes to a native YAML model, made in its text so that comments and
 * layout stay: a value's price, labels, a new value, a retired value (a rule forbidding it). Each
 * edit finds its place through the YAML node marks and inserts or replaces only that text ({@link
 * YamlText}). Stateless.
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
    Optional<Node> root = YamlText.compose(text);
    if (root.isEmpty() || !(root.get() instanceof MappingNode model)) {
      return bad("source", "the draft does not read as a YAML model; fix it in the editor first");
    }
    Optional<MappingNode> attribute =
        YamlText.byId(YamlText.get(model, "attributes"), edit.attribute());
    if (attribute.isEmpty()) {
      return Outcome.rejected(
          Problem.of(
              404,
              "unknown-attribute",
              "Unknown attribute",
              "the draft has no attribute '" + edit.attribute() + "'",
              "attribute"));
    }
    Node values = YamlText.get(attribute.get(), "values");
    Optional<ScalarNode> bare = YamlText.bareId(values, edit.value());
    if (bare.isPresent() && !edit.kind().equals("add-value")) {
      // A bare id is short for {id: x}: written out, the edit then finds a mapping to change.
      return apply(
          YamlText.replace(text, bare.get(), "{id: " + YamlText.written(text, bare.get()) + "}"),
          edit);
    }
    Node target =
        edit.kind().equals("add-value") ? values : YamlText.byId(values, edit.value()).orElse(null);
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
    Optional<MappingNode> v = YamlText.byId(values, edit.value());
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
    return Outcome.ok(YamlText.put(text, value, "price", price.trim()));
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
    Optional<Problem> unreadable = unreadable(labels);
    if (unreadable.isPresent()) {
      return Outcome.rejected(unreadable.get());
    }
    String out = text;
    for (Map.Entry<String, String> e : labels.entrySet()) {
      MappingNode v = (MappingNode) YamlText.locate(out, value);
      Node label = YamlText.get(v, "label");
      if (label instanceof MappingNode m) {
        out = YamlText.put(out, m, e.getKey(), YamlText.quote(e.getValue().trim()));
      } else if (label == null) {
        out =
            YamlText.put(
                out,
                v,
                "label",
                "{" + e.getKey() + ": " + YamlText.quote(e.getValue().trim()) + "}");
      } else {
        out =
            YamlText.replace(
                out, label, "{" + e.getKey() + ": " + YamlText.quote(e.getValue().trim()) + "}");
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
    if (YamlText.byId(values, edit.value()).isPresent()
        || YamlText.bareId(values, edit.value()).isPresent()) {
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
        parts.add(e.getKey() + ": " + YamlText.quote(e.getValue().trim()));
      }
      Optional<Problem> unreadable = unreadable(edit.labels());
      if (unreadable.isPresent()) {
        return Outcome.rejected(unreadable.get());
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
    return Outcome.ok(YamlText.appendItem(text, seq, item.toString()));
  }

  private static Outcome<String> retire(String text, MappingNode model, EditRequest edit) {
    String id = retiredRule(edit.attribute(), edit.value());
    Node rules = YamlText.get(model, "rules");
    if (YamlText.byId(rules, id).isPresent()) {
      return bad("value", edit.attribute() + " = " + edit.value() + " is retired already");
    }
    String rule =
        "{id: "
            + id
            + ", label: {en: "
            + YamlText.quote(edit.value() + " is no longer offered")
            + ", de: "
            + YamlText.quote(edit.value() + " wird nicht mehr angeboten")
            + "}, rule: "
            + YamlText.quote("not (" + edit.attribute() + " = " + edit.value() + ")")
            + "}";
    if (rules instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
      return Outcome.ok(YamlText.appendItem(text, seq, rule));
    }
    String end = text.endsWith("\n") ? "" : "\n";
    return Outcome.ok(text + end + "rules:\n  - " + rule + "\n");
  }

  /** The 422 naming {@code labels.<lang>} of the first label that is not plain text. */
  private static Optional<Problem> unreadable(Map<String, String> labels) {
    for (Map.Entry<String, String> e : labels.entrySet()) {
      Optional<Problem> p = TextFields.plain(e.getValue().trim(), "labels." + e.getKey(), false);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  private static <T> Outcome<T> bad(String field, String detail) {
    return Outcome.rejected(Problem.badRequest(field, detail));
  }
}
