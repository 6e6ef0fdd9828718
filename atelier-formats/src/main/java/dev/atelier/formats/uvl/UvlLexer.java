package dev.atelier.formats.uvl;

import dev.atelier.formats.Diagnostic;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Splits UVL text into tokens, turning indentation (tabs or spaces; a tab advances to the next
 * multiple of 4 columns) into INDENT/DEDENT tokens and dropping {@code //} and {@code /* *}{@code
 * /} comments, blank lines and line breaks inside brackets. Problems are collected, never thrown.
 * Not thread-safe: one per source.
 */
final class UvlLexer {

  private final UvlCursor cur;
  private final UvlTokenReader reader;
  private final Deque<Integer> indents = new ArrayDeque<>();

  UvlLexer(String source, String file, List<Diagnostic> diagnostics) {
    this.cur = new UvlCursor(source, file, diagnostics);
    this.reader = new UvlTokenReader(cur);
    indents.push(0);
  }

  /** All tokens, ending with NEWLINE (if needed), the closing DEDENTs and EOF. */
  List<Token> tokens() {
    boolean atLineStart = true;
    while (cur.pos < cur.source.length()) {
      if (atLineStart && !reader.insideBrackets()) {
        indentation();
        atLineStart = false;
        continue;
      }
      char c = cur.source.charAt(cur.pos);
      if (c == '\n' || c == '\r') {
        if (!reader.insideBrackets()
            && !cur.tokens.isEmpty()
            && cur.last() != Token.Kind.NEWLINE
            && cur.last() != Token.Kind.INDENT
            && cur.last() != Token.Kind.DEDENT) {
          cur.add(Token.Kind.NEWLINE, "", cur.pos, cur.pos);
        }
        cur.newline();
        atLineStart = true;
      } else if (c == ' ' || c == '\t' || c == '\f') {
        cur.pos++;
      } else if (!comment()) {
        reader.token();
      }
    }
    if (!cur.tokens.isEmpty()
        && cur.last() != Token.Kind.NEWLINE
        && cur.last() != Token.Kind.DEDENT) {
      cur.add(Token.Kind.NEWLINE, "", cur.pos, cur.pos);
    }
    while (indents.size() > 1) {
      indents.pop();
      cur.add(Token.Kind.DEDENT, "", cur.pos, cur.pos);
    }
    cur.add(Token.Kind.EOF, "", cur.pos, cur.pos);
    return cur.tokens;
  }

  /** Measures the indentation of a line; emits INDENT/DEDENT unless the line is blank. */
  private void indentation() {
    int width = 0;
    while (cur.pos < cur.source.length()
        && (cur.source.charAt(cur.pos) == ' ' || cur.source.charAt(cur.pos) == '\t')) {
      width = cur.source.charAt(cur.pos) == '\t' ? (width / 4 + 1) * 4 : width + 1;
      cur.pos++;
    }
    if (cur.pos >= cur.source.length() || blankRest()) {
      return;
    }
    int current = indents.peek();
    if (width > current) {
      indents.push(width);
      cur.add(Token.Kind.INDENT, "", cur.pos, cur.pos);
      return;
    }
    while (width < indents.peek()) {
      indents.pop();
      cur.add(Token.Kind.DEDENT, "", cur.pos, cur.pos);
    }
    if (width != indents.peek()) {
      cur.report(
          cur.line, cur.pos - cur.lineStart + 1, "indentation does not match any enclosing level");
      indents.push(width);
      cur.add(Token.Kind.INDENT, "", cur.pos, cur.pos);
    }
  }

  /** Whether the rest of the line is empty or a comment (a block comment may continue). */
  private boolean blankRest() {
    char c = cur.source.charAt(cur.pos);
    if (c == '\n' || c == '\r') {
      return true;
    }
    if (cur.source.startsWith("//", cur.pos)) {
      return true;
    }
    if (cur.source.startsWith("/*", cur.pos)) {
      int close = cur.source.indexOf("*/", cur.pos + 2);
      int eol = cur.lineEnd(cur.pos);
      return close < 0
          || close >= eol
          || cur.lineEnd(close) == close + 2
          || blankAfter(close + 2, eol);
    }
    return false;
  }

  private boolean blankAfter(int from, int eol) {
    String rest = cur.source.substring(from, eol).strip();
    return rest.isEmpty() || rest.startsWith("//");
  }

  /** Skips a comment at {@code pos}; false if there is none. */
  private boolean comment() {
    if (cur.source.startsWith("//", cur.pos)) {
      cur.pos = cur.lineEnd(cur.pos);
      return true;
    }
    if (!cur.source.startsWith("/*", cur.pos)) {
      return false;
    }
    int startLine = cur.line;
    int startColumn = cur.pos - cur.lineStart + 1;
    cur.pos += 2;
    while (cur.pos < cur.source.length() && !cur.source.startsWith("*/", cur.pos)) {
      if (cur.source.charAt(cur.pos) == '\n' || cur.source.charAt(cur.pos) == '\r') {
        cur.newline();
      } else {
        cur.pos++;
      }
    }
    if (cur.pos >= cur.source.length()) {
      cur.report(startLine, startColumn, "unterminated comment /* without */");
    } else {
      cur.pos += 2;
    }
    return true;
  }
}
