package dev.atelier.formats.expr;

import dev.atelier.formats.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Splits an expression text into tokens. Not thread-safe; one instance per text. */
final class Lexer {
  /** The kind of every operator and punctuation symbol; longer symbols are tried first. */
  private static final Map<String, Kind> SYMBOLS =
      Map.ofEntries(
          Map.entry("<->", Kind.IFF),
          Map.entry("->", Kind.IMPLIES),
          Map.entry("<=", Kind.LE),
          Map.entry(">=", Kind.GE),
          Map.entry("!=", Kind.NE),
          Map.entry("==", Kind.EQ),
          Map.entry("&&", Kind.AND),
          Map.entry("||", Kind.OR),
          Map.entry("(", Kind.LPAREN),
          Map.entry(")", Kind.RPAREN),
          Map.entry("{", Kind.LBRACE),
          Map.entry("}", Kind.RBRACE),
          Map.entry(",", Kind.COMMA),
          Map.entry("+", Kind.PLUS),
          Map.entry("-", Kind.MINUS),
          Map.entry("*", Kind.STAR),
          Map.entry("=", Kind.EQ),
          Map.entry("<", Kind.LT),
          Map.entry(">", Kind.GT),
          Map.entry("!", Kind.BANG));

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private ExprError error;

  private Lexer(String text) {
    this.text = text;
  }

  /** The tokens of {@code text} ending with END, or the first lexical error. */
  static Lexer lex(String text) {
    Lexer lexer = new Lexer(text);
    lexer.run();
    return lexer;
  }

  List<Token> tokens() {
    return tokens;
  }

  /** The lexical error, or null. */
  ExprError error() {
    return error;
  }

  private void run() {
    int i = 0;
    while (i < text.length() && error == null) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Names.isWordStart(c)) {
        i = word(i);
      } else if (c == '"') {
        i = string(i);
      } else {
        i = symbol(i, c);
      }
    }
    tokens.add(new Token(Kind.END, "", text.length()));
  }

  private int word(int start) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean inner =
          (c == '-' || c == '.') && i + 1 < text.length() && Names.isWordStart(text.charAt(i + 1));
      if (Names.isWordStart(c) || inner) {
        i++;
      } else {
        break;
      }
    }
    tokens.add(new Token(Kind.WORD, text.substring(start, i), start));
    return i;
  }

  private int string(int start) {
    StringBuilder sb = new StringBuilder();
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        tokens.add(new Token(Kind.STRING, sb.toString(), start));
        return i + 1;
      }
      if (c == '\\' && i + 1 < text.length()) {
        i++;
        c = text.charAt(i);
      }
      sb.append(c);
      i++;
    }
    error = new ExprError(start, "unterminated quoted name (missing closing '\"')");
    return text.length();
  }

  private int symbol(int i, char c) {
    int afterNeighbour = c == ')' ? neighbourName(i) : -1;
    if (afterNeighbour > 0) {
      return afterNeighbour;
    }
    for (String op : List.of("<->", "->", "<=", ">=", "!=", "==", "&&", "||")) {
      if (text.startsWith(op, i)) {
        return add(SYMBOLS.get(op), op, i);
      }
    }
    Kind kind = SYMBOLS.get(String.valueOf(c));
    if (kind == null) {
      String shown = c == '&' || c == '|' ? "'" + c + "' (write '" + c + c + "')" : "'" + c + "'";
      error = new ExprError(i, "unexpected character " + shown);
      return text.length();
    }
    return add(kind, String.valueOf(c), i);
  }

  /**
   * At the {@code )} of {@code next(slot).attribute} or {@code prev(slot).attribute}: replaces
   * {@code next ( slot} by one word {@code next(slot).attribute} (the name of the neighbour's
   * attribute in a rule template) and lexes the attribute after the dot into it; answers the offset
   * after it, or -1.
   */
  private int neighbourName(int i) {
    int n = tokens.size();
    if (n < 3
        || !(tokens.get(n - 3).isWord("next") || tokens.get(n - 3).isWord("prev"))
        || tokens.get(n - 2).kind() != Kind.LPAREN
        || tokens.get(n - 1).kind() != Kind.WORD
        || i + 2 >= text.length()
        || text.charAt(i + 1) != '.'
        || !Names.isWordStart(text.charAt(i + 2))) {
      return -1;
    }
    Token next = tokens.get(n - 3);
    String slot = tokens.get(n - 1).text();
    tokens.subList(n - 3, n).clear();
    int end = word(i + 2);
    Token attribute = tokens.remove(tokens.size() - 1);
    tokens.add(
        new Token(Kind.WORD, next.text() + "(" + slot + ")." + attribute.text(), next.start()));
    return end;
  }

  private int add(Kind kind, String symbol, int start) {
    tokens.add(new Token(kind, symbol, start));
    return start + symbol.length();
  }
}
