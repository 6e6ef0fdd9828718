package dev.atelier.formats.expr;

import java.util.Set;

/** Which names need quotes in expressions, and how to quote them. Stateless and thread-safe. */
public final class Names {

  /** Words with a meaning of their own in expressions. */
  static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "true", "false");

  private Names() {}

  static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** Whether {@code text} lexes as a single word: word characters, inner '-' and '.' allowed. */
  static boolean isWord(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean inner = (c == '-' || c == '.') && i > 0 && i + 1 < text.length();
      if (!isWordStart(c) && !inner) {
        return false;
      }
      if (inner && !isWordStart(text.charAt(i + 1))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text} is an unsigned decimal number. */
  static boolean isNumber(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** An attribute id as written in an expression: bare when possible, else double-quoted. */
  public static String attribute(String id) {
    return isWord(id) && !isNumber(id) && !KEYWORDS.contains(id) ? id : quote(id);
  }

  /**
   * A value id as written in an expression: bare when possible (numbers and keywords too, since a
   * value position admits no operator), else quoted.
   */
  public static String value(String id) {
    if (id.startsWith("-") && isNumber(id.substring(1))) {
      return id;
    }
    return isWord(id) ? id : quote(id);
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
