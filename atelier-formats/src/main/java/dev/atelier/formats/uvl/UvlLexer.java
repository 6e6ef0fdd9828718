package dev.atelier.formats.uvl;

import dev.atelier.formats.Diagnostic;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits UVL text into tokens, turning indentation (tabs or spaces; a tab advances to the next
 * multiple of 4 columns) into INDENT/DEDENT tokens and dropping {@code //} and {@code /* *}{@code
 * /} comments, blank lines and line breaks inside brackets. Problems are collected, never thrown.
 * Not thread-safe: one per source.
 */
final class UvlLexer {

  private static final String[] SYMBOLS = {
    "<=>", "=>", "==", "!=", "<=", ">=", "..", "<", ">", "=", "!", "&", "|", "+", "-", "*", "/",
    "(", ")", "[", "]", "{", "}", ",", "."
  };

  private final String source;
  private final String file;
  private final List<Diagnostic> diagnostics;
  private final List<Token> tokens = new ArrayList<>();
  private final Deque<Integer> indents = new ArrayDeque<>();
  private int pos;
  private int line = 1;
  private int lineStart;
  private int brackets;

  UvlLexer(String source, String file, List<Diagnostic> diagnostics) {
    this.source = source;
    this.file = file;
    this.diagnostics = diagnostics;
    indents.push(0);
  }

  /** All tokens, ending with NEWLINE (if needed), the closing DEDENTs and EOF. */
  List<Token> tokens() {
    boolean atLineStart = true;
    while (pos < source.length()) {
      if (atLineStart && brackets == 0) {
        indentation();
        atLineStart = false;
        continue;
      }
      char c = source.charAt(pos);
      if (c == '\n' || c == '\r') {
        if (brackets == 0
            && !tokens.isEmpty()
            && last() != Token.Kind.NEWLINE
            && last() != Token.Kind.INDENT
            && last() != Token.Kind.DEDENT) {
          add(Token.Kind.NEWLINE, "", pos, pos);
        }
        newline();
        atLineStart = true;
      } else if (c == ' ' || c == '\t' || c == '\f') {
        pos++;
      } else if (!comment()) {
        token();
      }
    }
    if (!tokens.isEmpty() && last() != Token.Kind.NEWLINE && last() != Token.Kind.DEDENT) {
      add(Token.Kind.NEWLINE, "", pos, pos);
    }
    while (indents.size() > 1) {
      indents.pop();
      add(Token.Kind.DEDENT, "", pos, pos);
    }
    add(Token.Kind.EOF, "", pos, pos);
    return tokens;
  }

  private Token.Kind last() {
    return tokens.get(tokens.size() - 1).kind();
  }

  private void newline() {
    if (source.charAt(pos) == '\r' && pos + 1 < source.length() && source.charAt(pos + 1) == '\n') {
      pos++;
    }
    pos++;
    line++;
    lineStart = pos;
  }

  /** Measures the indentation of a line; emits INDENT/DEDENT unless the line is blank. */
  private void indentation() {
    int width = 0;
    while (pos < source.length() && (source.charAt(pos) == ' ' || source.charAt(pos) == '\t')) {
      width = source.charAt(pos) == '\t' ? (width / 4 + 1) * 4 : width + 1;
      pos++;
    }
    if (pos >= source.length() || blankRest()) {
      return;
    }
    int current = indents.peek();
    if (width > current) {
      indents.push(width);
      add(Token.Kind.INDENT, "", pos, pos);
      return;
    }
    while (width < indents.peek()) {
      indents.pop();
      add(Token.Kind.DEDENT, "", pos, pos);
    }
    if (width != indents.peek()) {
      report(line, pos - lineStart + 1, "indentation does not match any enclosing level");
      indents.push(width);
      add(Token.Kind.INDENT, "", pos, pos);
    }
  }

  /** Whether the rest of the line is empty or a comment (a block comment may continue). */
  private boolean blankRest() {
    char c = source.charAt(pos);
    if (c == '\n' || c == '\r') {
      return true;
    }
    if (source.startsWith("//", pos)) {
      return true;
    }
    if (source.startsWith("/*", pos)) {
      int close = source.indexOf("*/", pos + 2);
      int eol = lineEnd(pos);
      return close < 0 || close >= eol || lineEnd(close) == close + 2 || blankAfter(close + 2, eol);
    }
    return false;
  }

  private boolean blankAfter(int from, int eol) {
    String rest = source.substring(from, eol).strip();
    return rest.isEmpty() || rest.startsWith("//");
  }

  private int lineEnd(int from) {
    int eol = from;
    while (eol < source.length() && source.charAt(eol) != '\n' && source.charAt(eol) != '\r') {
      eol++;
    }
    return eol;
  }

  /** Skips a comment at {@code pos}; false if there is none. */
  private boolean comment() {
    if (source.startsWith("//", pos)) {
      pos = lineEnd(pos);
      return true;
    }
    if (!source.startsWith("/*", pos)) {
      return false;
    }
    int startLine = line;
    int startColumn = pos - lineStart + 1;
    pos += 2;
    while (pos < source.length() && !source.startsWith("*/", pos)) {
      if (source.charAt(pos) == '\n' || source.charAt(pos) == '\r') {
        newline();
      } else {
        pos++;
      }
    }
    if (pos >= source.length()) {
      report(startLine, startColumn, "unterminated comment /* without */");
    } else {
      pos += 2;
    }
    return true;
  }

  private void token() {
    int start = pos;
    char c = source.charAt(pos);
    if (c == '"' || c == '\'') {
      quoted(c);
    } else if (Character.isDigit(c)) {
      number();
    } else if (Character.isLetter(c) || c == '_') {
      while (pos < source.length() && isNameChar(source.charAt(pos))) {
        pos++;
      }
      add(Token.Kind.NAME, source.substring(start, pos), start, pos);
    } else {
      for (String symbol : SYMBOLS) {
        if (source.startsWith(symbol, pos)) {
          pos += symbol.length();
          brackets += "([{".contains(symbol) ? 1 : ")]}".contains(symbol) ? -1 : 0;
          brackets = Math.max(0, brackets);
          add(Token.Kind.SYMBOL, symbol, start, pos);
          return;
        }
      }
      report(line, pos - lineStart + 1, "unexpected character '" + c + "'");
      pos++;
    }
  }

  private void number() {
    int start = pos;
    while (pos < source.length() && Character.isDigit(source.charAt(pos))) {
      pos++;
    }
    if (pos + 1 < source.length()
        && source.charAt(pos) == '.'
        && Character.isDigit(source.charAt(pos + 1))) {
      pos++;
      while (pos < source.length() && Character.isDigit(source.charAt(pos))) {
        pos++;
      }
    }
    if (pos < source.length()
        && (Character.isLetter(source.charAt(pos)) || source.charAt(pos) == '_')) {
      while (pos < source.length() && isNameChar(source.charAt(pos))) {
        pos++;
      }
      String name = source.substring(start, pos);
      report(
          line,
          start - lineStart + 1,
          "illegal name '"
              + name
              + "': names start with a letter; quote others (\""
              + name
              + "\")");
      add(Token.Kind.NAME, name, start, pos);
      return;
    }
    add(Token.Kind.NUMBER, source.substring(start, pos), start, pos);
  }

  private void quoted(char quote) {
    int start = pos;
    int startLine = line;
    pos++;
    int close = pos;
    while (close < source.length()
        && source.charAt(close) != quote
        && source.charAt(close) != '\n'
        && source.charAt(close) != '\r') {
      close++;
    }
    if (close >= source.length() || source.charAt(close) != quote) {
      report(
          startLine,
          start - lineStart + 1,
          "unterminated " + (quote == '"' ? "name" : "string") + ": missing closing " + quote);
      pos = close;
      return;
    }
    pos = close + 1;
    Token.Kind kind = quote == '"' ? Token.Kind.QUOTED_NAME : Token.Kind.STRING;
    add(kind, source.substring(start + 1, close), start, pos);
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '#' || c == '§' || c == '%' || c == '?';
  }

  private void add(Token.Kind kind, String text, int start, int end) {
    tokens.add(new Token(kind, text, line, start - lineStart + 1, start, end));
  }

  private void report(int atLine, int column, String message) {
    diagnostics.add(new Diagnostic(file, atLine, column, message));
  }
}
