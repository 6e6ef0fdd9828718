package dev.atelier.formats.uvl;

import dev.atelier.formats.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * The token cursor shared by the UVL parsers: look-ahead, expectations, recovery (skipping a line
 * or an indented block) and error reporting, once per line. Not thread-safe: one per source.
 */
final class UvlTokens {

  private final String source;
  private final String file;
  private final List<Diagnostic> diagnostics;
  private final List<Token> tokens;
  private int at;
  private int errorLine = -1;

  UvlTokens(String source, String file, List<Diagnostic> diagnostics) {
    this.source = source;
    this.file = file;
    this.diagnostics = diagnostics;
    this.tokens = new UvlLexer(source, file, diagnostics).tokens();
  }

  /** How many tokens have been consumed; a parser compares it to see whether it made progress. */
  int position() {
    return at;
  }

  /** The source text from {@code first} to the last consumed token. */
  String textSince(Token first) {
    Token last = tokens.get(at - 1);
    return source.substring(first.start(), last.end());
  }

  Token peek() {
    return tokens.get(at);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(at + ahead, tokens.size() - 1));
  }

  Token next() {
    Token t = tokens.get(at);
    if (t.kind() != Token.Kind.EOF) {
      at++;
    }
    return t;
  }

  boolean atKind(Token.Kind kind) {
    return peek().kind() == kind;
  }

  /** True while the current indented block goes on (neither its dedent nor the end of input). */
  boolean insideBlock() {
    return !atKind(Token.Kind.DEDENT) && !atKind(Token.Kind.EOF);
  }

  boolean expect(String symbol) {
    if (peek().is(symbol)) {
      next();
      return true;
    }
    error(peek(), "expected '" + symbol + "', found " + peek().describe());
    return false;
  }

  /** A dotted reference of names and quoted names; null after reporting. */
  List<String> reference() {
    List<String> parts = new ArrayList<>();
    while (true) {
      Token t = peek();
      if (t.kind() != Token.Kind.NAME && t.kind() != Token.Kind.QUOTED_NAME) {
        error(
            t,
            "expected a "
                + (parts.isEmpty() ? "name" : "name after '.'")
                + ", found "
                + t.describe());
        return null;
      }
      parts.add(next().text());
      if (!peek().is(".")) {
        return parts;
      }
      next();
    }
  }

  void endOfLine() {
    if (atKind(Token.Kind.NEWLINE)) {
      next();
    } else if (!atKind(Token.Kind.EOF) && !atKind(Token.Kind.DEDENT)) {
      error(peek(), "unexpected " + peek().describe() + ", expected the end of the line");
      skipLine();
    }
  }

  void skipLine() {
    while (!atKind(Token.Kind.NEWLINE) && !atKind(Token.Kind.EOF)) {
      if (atKind(Token.Kind.INDENT) || atKind(Token.Kind.DEDENT)) {
        return;
      }
      next();
    }
    next();
  }

  void skipLineAndBlock() {
    skipLine();
    if (atKind(Token.Kind.INDENT)) {
      int depth = 0;
      do {
        Token t = next();
        depth += t.kind() == Token.Kind.INDENT ? 1 : t.kind() == Token.Kind.DEDENT ? -1 : 0;
      } while (depth > 0 && !atKind(Token.Kind.EOF));
    }
  }

  void skipTo(String symbol) {
    while (!peek().is(symbol) && !atKind(Token.Kind.EOF) && !atKind(Token.Kind.NEWLINE)) {
      next();
    }
  }

  void skipBalanced() {
    int depth = 0;
    do {
      Token t = next();
      depth += t.is("[") || t.is("{") ? 1 : t.is("]") || t.is("}") ? -1 : 0;
    } while (depth > 0 && !atKind(Token.Kind.EOF));
  }

  /** Reports a syntax error, once per line. Returns null for convenience. */
  <T> T error(Token at, String message) {
    if (at.line() != errorLine) {
      errorLine = at.line();
      diagnostics.add(new Diagnostic(file, at.line(), at.column(), message));
    }
    return null;
  }
}
