package dev.atelier.formats.xcsp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits element content ("1..3 5 7", "0 1|1 0") into tokens with the offset where each starts. A
 * {@code |} is a token of its own. Stateless and thread-safe.
 */
final class ContentTokens {

  /** One token and its offset in the source text. */
  record Token(String text, int offset) {
    boolean isBar() {
      return "|".equals(text);
    }
  }

  private ContentTokens() {}

  /**
   * The tokens of {@code content}. When {@code exact}, {@code content} starts at {@code base} in
   * the source and each token gets its own offset; otherwise all tokens get {@code base}.
   */
  static List<Token> split(String content, int base, boolean exact) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = content.length();
    while (i < n) {
      char c = content.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (c == '|') {
        i++;
      } else {
        while (i < n && !Character.isWhitespace(content.charAt(i)) && content.charAt(i) != '|') {
          i++;
        }
      }
      tokens.add(new Token(content.substring(start, i), exact ? base + start : base));
    }
    return tokens;
  }

  /** {@code text} as a long, or null when it is not a (representable) integer. */
  static Long parseLong(String text) {
    int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
    if (text.length() == start || text.length() - start > 19) {
      return null;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
