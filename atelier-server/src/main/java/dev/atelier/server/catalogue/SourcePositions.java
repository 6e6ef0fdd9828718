package dev.atelier.server.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a model source defines an attribute, a value or a rule, so that check findings can
 * point at a line and column: the native format's {@code id: name} (YAML or JSON) first, else the
 * first whole-word occurrence of the name, else line 1, column 1. Immutable and thread-safe.
 */
final class SourcePositions {

  /** A 1-based place in the source. */
  record Position(int line, int column) {}

  private final String text;

  SourcePositions(String text) {
    this.text = text;
  }

  /** Where {@code attribute} is defined. */
  Position attribute(String attribute) {
    return position(find(attribute, 0));
  }

  /** Where {@code value} of {@code attribute} is defined (the attribute's place if not found). */
  Position value(String attribute, String value) {
    int at = find(attribute, 0);
    int v = at < 0 ? -1 : findId(value, at + 1);
    return position(v >= 0 ? v : at);
  }

  /** Where rule {@code rule} is defined (searching after a {@code rules:} section when present). */
  Position rule(String rule) {
    Matcher section = Pattern.compile("(?m)^rules:").matcher(text);
    int from = section.find() ? section.start() : 0;
    int at = findId(rule, from);
    return position(at >= 0 ? at : find(rule, 0));
  }

  private int find(String name, int from) {
    int id = findId(name, from);
    if (id >= 0) {
      return id;
    }
    Matcher word =
        Pattern.compile("(?<![\\w.-])" + Pattern.quote(name) + "(?![\\w.-])").matcher(text);
    return word.find(from) ? word.start() : -1;
  }

  private int findId(String name, int from) {
    Matcher id =
        Pattern.compile(
                "(?<![\\w-])[\"']?id[\"']?\\s*:\\s*([\"']?)("
                    + Pattern.quote(name)
                    + ")\\1(?=\\s*[,}\\n\\r#]|\\s*$)",
                Pattern.MULTILINE)
            .matcher(text);
    return id.find(from) ? id.start(2) : -1;
  }

  private Position position(int offset) {
    if (offset < 0) {
      return new Position(1, 1);
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart + 1);
  }
}
