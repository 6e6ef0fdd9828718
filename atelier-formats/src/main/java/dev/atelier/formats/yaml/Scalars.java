package dev.atelier.formats.yaml;

import dev.atelier.engine.model.LocalizedText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads typed scalars (texts, ids, exact decimals, integers, flags, labels) from YAML nodes,
 * reporting values of the wrong kind at their position and returning null for them. Stateless and
 * thread-safe; diagnostics go to the given collector.
 */
final class Scalars {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

  private Scalars() {}

  /** "line:col" of a node, for messages that point at a second place. */
  static String place(Node node) {
    return node.getStartMark().map(m -> (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse("?");
  }

  /** "a mapping", "a list" or "'text'", for messages. */
  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    } else if (node instanceof SequenceNode) {
      return "a list";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }

  /** The text of a scalar, or null after a diagnostic. */
  static String text(Node node, String what, Diagnostics d) {
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    d.at(node, "expected a text for " + what + ", found " + describe(node));
    return null;
  }

  /** An identifier: a non-empty text without spaces; null after a diagnostic. */
  static String id(Node node, String what, Diagnostics d) {
    String text = text(node, what, d);
    if (text == null) {
      return null;
    }
    if (text.isEmpty()
        || !text.codePoints()
            .noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      d.at(node, what + " must be a non-empty name without spaces, found '" + text + "'");
      return null;
    }
    return text;
  }

  /** A value id: any non-empty text without control characters; null after a diagnostic. */
  static String valueId(Node node, Diagnostics d) {
    String text = text(node, "value id", d);
    if (text != null && (text.isEmpty() || text.chars().anyMatch(Character::isISOControl))) {
      d.at(node, "value id must be a non-empty text without control characters");
      return null;
    }
    return text;
  }

  /**
   * A decimal amount in minor units with {@code digits} fraction digits; null after a diagnostic.
   */
  static Long money(Node node, String what, int digits, Diagnostics d) {
    BigDecimal amount = decimal(node, what, d);
    if (amount == null) {
      return null;
    }
    if (amount.stripTrailingZeros().scale() > digits) {
      d.at(
          node,
          what + " " + amount.toPlainString() + " has more than " + digits + " decimal places");
      return null;
    }
    BigDecimal minor = amount.movePointRight(digits);
    if (minor.precision() - minor.scale() > 17) {
      d.at(node, what + " " + amount.toPlainString() + " is too large");
      return null;
    }
    return minor.longValue();
  }

  /** An exact decimal number such as 12.50; null after a diagnostic. */
  static BigDecimal decimal(Node node, String what, Diagnostics d) {
    String text = text(node, what, d);
    if (text == null) {
      return null;
    }
    if (!DECIMAL.matcher(text).matches() || text.length() > 40) {
      d.at(node, "expected a decimal number such as 12.50 for " + what + ", found '" + text + "'");
      return null;
    }
    return new BigDecimal(text);
  }

  /** A whole number within long range; null after a diagnostic. */
  static Long integer(Node node, String what, Diagnostics d) {
    String text = text(node, what, d);
    if (text == null) {
      return null;
    }
    if (!text.matches("[-+]?[0-9]{1,30}")) {
      d.at(node, "expected a whole number for " + what + ", found '" + text + "'");
      return null;
    }
    try {
      return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException e) {
      d.at(node, what + " " + text + " is too large");
      return null;
    }
  }

  /** A whole number in {@code [min, max]}; null after a diagnostic. */
  static Integer bounded(Node node, String what, long min, long max, Diagnostics d) {
    Long value = integer(node, what, d);
    if (value == null) {
      return null;
    }
    if (value < min || value > max) {
      d.at(node, what + " must be between " + min + " and " + max + ", found " + value);
      return null;
    }
    return value.intValue();
  }

  /** {@code true} or {@code false}; null after a diagnostic. */
  static Boolean flag(Node node, String what, Diagnostics d) {
    String text = text(node, what, d);
    if (text == null) {
      return null;
    }
    if (!text.equals("true") && !text.equals("false")) {
      d.at(node, "expected true or false for " + what + ", found '" + text + "'");
      return null;
    }
    return Boolean.valueOf(text);
  }

  /** A label: a plain text (English) or a mapping language to text; null after a diagnostic. */
  static LocalizedText label(Node node, String what, Diagnostics d) {
    if (node instanceof ScalarNode s) {
      return LocalizedText.of(s.getValue());
    }
    if (!(node instanceof MappingNode mapping)) {
      d.at(node, "expected a text or a mapping language: text for " + what + ", found a list");
      return null;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    boolean ok = true;
    for (NodeTuple t : mapping.getValue()) {
      String language = text(t.getKeyNode(), "a language tag", d);
      String text = text(t.getValueNode(), what + " text", d);
      if (language == null || text == null) {
        ok = false;
      } else if (!LANGUAGE.matcher(language).matches()) {
        d.at(t.getKeyNode(), "'" + language + "' is not a language tag such as en or de-CH");
        ok = false;
      } else if (texts.putIfAbsent(language, text) != null) {
        d.at(t.getKeyNode(), "duplicate language '" + language + "' in " + what);
        ok = false;
      }
    }
    if (ok && texts.isEmpty()) {
      d.at(node, what + " needs at least one language");
      return null;
    }
    return ok ? new LocalizedText(texts) : null;
  }

  /** The items of a list; empty after a diagnostic when the node is not a list. */
  static List<Node> list(Node node, String what, Diagnostics d) {
    if (node == null) {
      return List.of();
    }
    if (node instanceof SequenceNode s) {
      return s.getValue();
    }
    d.at(node, "expected a list for " + what + ", found " + describe(node));
    return List.of();
  }
}
