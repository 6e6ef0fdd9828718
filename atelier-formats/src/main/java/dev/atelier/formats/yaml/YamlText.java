package dev.atelier.formats.yaml;

import dev.atelier.engine.model.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds block-style YAML text line by line, quoting scalars only when YAML needs it. Not
 * thread-safe.
 */
class YamlText {
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
  private static final Set<String> RESERVED =
      Set.of("true", "false", "null", "~", "yes", "no", "on", "off", "y", "n");
  private final StringBuilder out = new StringBuilder();

  /** Appends {@code indent} spaces, the text and a newline. */
  YamlText line(int indent, String text) {
    out.append(" ".repeat(indent)).append(text).append('\n');
    return this;
  }

  /** Appends {@code key: value} with the value quoted as needed. */
  YamlText entry(int indent, String key, String value) {
    return line(indent, key + ": " + scalar(value));
  }

  /** Appends {@code key: value} with a raw (already formatted) value. */
  YamlText raw(int indent, String key, String value) {
    return line(indent, key + ": " + value);
  }

  /** Appends {@code key: label}: a plain text for English only, else a flow mapping. */
  YamlText label(int indent, String key, LocalizedText label) {
    return raw(indent, key, label(label));
  }

  YamlText blank() {
    out.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** A label as a scalar (English only) or a flow mapping. */
  static String label(LocalizedText label) {
    Map<String, String> texts = label.texts();
    if (texts.size() == 1 && texts.containsKey(LocalizedText.DEFAULT_LANGUAGE)) {
      return scalar(label.text());
    }
    return texts.entrySet().stream()
        .map(e -> e.getKey() + ": " + flowScalar(e.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** A flow list of scalars. */
  static String flowList(List<String> items) {
    return items.stream().map(YamlText::flowScalar).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A scalar for block context. */
  static String scalar(String text) {
    return plainIn(text, false) ? text : quoted(text);
  }

  /** A scalar inside a flow collection. */
  static String flowScalar(String text) {
    return plainIn(text, true) ? text : quoted(text);
  }

  private static boolean plainIn(String text, boolean flow) {
    if (text.isEmpty()
        || RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT))
        || Character.isWhitespace(text.charAt(0))
        || Character.isWhitespace(text.charAt(text.length() - 1))
        || text.contains(": ")
        || text.contains(" #")
        || text.endsWith(":")) {
      return false;
    }
    char first = text.charAt(0);
    boolean negativeNumber = first == '-' && text.length() > 1 && Character.isDigit(text.charAt(1));
    if (INDICATORS.indexOf(first) >= 0 && !negativeNumber) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' '
          || c == 0x7f
          || c == '\u0085'
          || c == '\u2028'
          || c == '\u2029'
          || c == '\ufeff') {
        return false;
      }
      if (flow && ",[]{}".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String quoted(String text) {
    boolean simple =
        text.chars()
            .allMatch(
                c ->
                    c >= ' ' && c != 0x7f && c < 0x80
                        || c > 0xa0 && c != 0x2028 && c != 0x2029 && c != 0xfeff);
    if (simple) {
      return "'" + text.replace("'", "''") + "'";
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < ' ' || (c >= 0x7f && c <= 0xa0) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
