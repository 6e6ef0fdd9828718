package dev.atelier.formats.expr;

import dev.atelier.formats.expr.Token.Kind;
import java.util.List;

/**
 * The tokens of one expression and the position in them: the reading steps the expression parsers
 * share. A mistake ends parsing with a {@link SyntaxError}, which the parser's entry points catch.
 * Not thread-safe.
 */
final class TokenCursor {
  private final List<Token> tokens;
  private int pos;

  TokenCursor(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The token {@code ahead} places from the current one (clamped to the first and the END). */
  Token peek(int ahead) {
    int i = Math.max(0, Math.min(pos + ahead, tokens.size() - 1));
    return tokens.get(i);
  }

  /** Moves past {@code count} tokens. */
  void skip(int count) {
    pos += count;
  }

  /** Moves past the current token if it is of {@code kind}; whether it did. */
  boolean accept(Kind kind) {
    if (peek(0).kind() == kind) {
      pos++;
      return true;
    }
    return false;
  }

  /** Moves past the current token, which must be of {@code kind} ({@code what} names it). */
  void expect(Kind kind, String what) {
    Token t = peek(0);
    if (t.kind() != kind) {
      throw new SyntaxError(t.start(), "expected " + what + ", found " + t.shown());
    }
    pos++;
  }

  /** The current token, which must be a name ({@code what} names it), moving past it. */
  Token expectName(String what) {
    Token t = peek(0);
    if (!t.isName()) {
      throw new SyntaxError(t.start(), "expected " + what + ", found " + t.shown());
    }
    pos++;
    return t;
  }

  /** The current token, which must be a number, moving past it. */
  Token expectNumber() {
    Token t = peek(0);
    if (!t.isNumber()) {
      throw new SyntaxError(t.start(), "expected a number, found " + t.shown());
    }
    pos++;
    return t;
  }

  /** The value of the number token {@code t}. */
  static long number(Token t) {
    if (t.text().length() > 18) {
      throw new SyntaxError(t.start(), "number too large: " + t.text());
    }
    return Long.parseLong(t.text());
  }

  /** Ends parsing at the first syntax error; caught in the parser's entry points. */
  static final class SyntaxError extends RuntimeException {
    private final transient ExprError error;

    SyntaxError(int offset, String message) {
      super(message, null, false, false);
      this.error = new ExprError(offset, message);
    }

    ExprError error() {
      return error;
    }
  }
}
