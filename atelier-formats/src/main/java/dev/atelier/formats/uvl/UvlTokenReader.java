package dev.atelier.formats.uvl;

/**
 * Reads one token of UVL at the cursor: a name, a number, a quoted name or string, or a symbol,
 * keeping count of open brackets (inside them line breaks do not count). Not thread-safe: one per
 * source.
 */
final class UvlTokenReader {

  private static final String[] SYMBOLS = {
    "<=>", "=>", "==", "!=", "<=", ">=", "..", "<", ">", "=", "!", "&", "|", "+", "-", "*", "/",
    "(", ")", "[", "]", "{", "}", ",", "."
  };

  private final UvlCursor cur;
  private int brackets;

  UvlTokenReader(UvlCursor cur) {
    this.cur = cur;
  }

  /** Whether the cursor is inside brackets. */
  boolean insideBrackets() {
    return brackets > 0;
  }

  /** Reads the token at the cursor (or reports an unexpected character and skips it). */
  void token() {
    int start = cur.pos;
    char c = cur.source.charAt(cur.pos);
    if (c == '"' || c == '\'') {
      quoted(c);
    } else if (Character.isDigit(c)) {
      number();
    } else if (Character.isLetter(c) || c == '_') {
      while (cur.pos < cur.source.length() && isNameChar(cur.source.charAt(cur.pos))) {
        cur.pos++;
      }
      cur.add(Token.Kind.NAME, cur.source.substring(start, cur.pos), start, cur.pos);
    } else {
      for (String symbol : SYMBOLS) {
        if (cur.source.startsWith(symbol, cur.pos)) {
          cur.pos += symbol.length();
          brackets += "([{".contains(symbol) ? 1 : ")]}".contains(symbol) ? -1 : 0;
          brackets = Math.max(0, brackets);
          cur.add(Token.Kind.SYMBOL, symbol, start, cur.pos);
          return;
        }
      }
      cur.report(cur.line, cur.pos - cur.lineStart + 1, "unexpected character '" + c + "'");
      cur.pos++;
    }
  }

  private void number() {
    int start = cur.pos;
    while (cur.pos < cur.source.length() && Character.isDigit(cur.source.charAt(cur.pos))) {
      cur.pos++;
    }
    if (cur.pos + 1 < cur.source.length()
        && cur.source.charAt(cur.pos) == '.'
        && Character.isDigit(cur.source.charAt(cur.pos + 1))) {
      cur.pos++;
      while (cur.pos < cur.source.length() && Character.isDigit(cur.source.charAt(cur.pos))) {
        cur.pos++;
      }
    }
    if (cur.pos < cur.source.length()
        && (Character.isLetter(cur.source.charAt(cur.pos)) || cur.source.charAt(cur.pos) == '_')) {
      while (cur.pos < cur.source.length() && isNameChar(cur.source.charAt(cur.pos))) {
        cur.pos++;
      }
      String name = cur.source.substring(start, cur.pos);
      cur.report(
          cur.line,
          start - cur.lineStart + 1,
          "illegal name '"
              + name
              + "': names start with a letter; quote others (\""
              + name
              + "\")");
      cur.add(Token.Kind.NAME, name, start, cur.pos);
      return;
    }
    cur.add(Token.Kind.NUMBER, cur.source.substring(start, cur.pos), start, cur.pos);
  }

  private void quoted(char quote) {
    int start = cur.pos;
    int startLine = cur.line;
    cur.pos++;
    int close = cur.pos;
    while (close < cur.source.length()
        && cur.source.charAt(close) != quote
        && cur.source.charAt(close) != '\n'
        && cur.source.charAt(close) != '\r') {
      close++;
    }
    if (close >= cur.source.length() || cur.source.charAt(close) != quote) {
      cur.report(
          startLine,
          start - cur.lineStart + 1,
          "unterminated " + (quote == '"' ? "name" : "string") + ": missing closing " + quote);
      cur.pos = close;
      return;
    }
    cur.pos = close + 1;
    Token.Kind kind = quote == '"' ? Token.Kind.QUOTED_NAME : Token.Kind.STRING;
    cur.add(kind, cur.source.substring(start + 1, close), start, cur.pos);
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '#' || c == '§' || c == '%' || c == '?';
  }
}
