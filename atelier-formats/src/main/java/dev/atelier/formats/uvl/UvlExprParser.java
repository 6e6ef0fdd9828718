package dev.atelier.formats.uvl;

import dev.atelier.formats.expr.ExprParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses one UVL expression with the precedence (lowest first) {@code <=>}, {@code =>}, {@code |},
 * {@code &}, comparisons ({@code == != < > <= >=}), {@code + -}, {@code * /}, prefix {@code ! -};
 * binary operators associate to the left. Parentheses and prefix operators nest at most {@link
 * #MAX_NESTING} deep (5,000 parentheses overflowed the stack of a server thread). Returns null
 * after reporting a syntax error. Not thread-safe: one per expression.
 */
final class UvlExprParser {

  private static final List<Set<String>> LEVELS =
      List.of(
          Set.of("<=>"),
          Set.of("=>"),
          Set.of("|"),
          Set.of("&"),
          Set.of("==", "!=", "<", ">", "<=", ">=", "="),
          Set.of("+", "-"),
          Set.of("*", "/"));

  private static final Set<String> FUNCTIONS = Set.of("sum", "avg", "len", "floor", "ceil");

  /** The deepest nesting of parentheses and prefix operators read: the native rules' limit. */
  static final int MAX_NESTING = ExprParser.MAX_DEPTH;

  private final UvlTokens tokens;
  private int depth;

  UvlExprParser(UvlTokens tokens) {
    this.tokens = tokens;
  }

  /**
   * A constraint: the expression at the current token with its source text; null after reporting.
   */
  UvlDocument.ConstraintDecl constraint() {
    Token first = tokens.peek();
    UvlExpr expr = expression();
    if (expr == null) {
      return null;
    }
    return new UvlDocument.ConstraintDecl(expr, tokens.textSince(first));
  }

  /** The expression at the current token; null after reporting. */
  UvlExpr expression() {
    return binary(0);
  }

  private UvlExpr binary(int level) {
    if (level == LEVELS.size()) {
      return unary();
    }
    UvlExpr left = binary(level + 1);
    while (left != null
        && tokens.peek().kind() == Token.Kind.SYMBOL
        && LEVELS.get(level).contains(tokens.peek().text())) {
      String op = tokens.next().text();
      UvlExpr right = binary(level + 1);
      if (right == null) {
        return null;
      }
      left =
          new UvlExpr.Binary(op.equals("=") ? "==" : op, left, right, left.line(), left.column());
    }
    return left;
  }

  private UvlExpr unary() {
    Token t = tokens.peek();
    if (t.is("!") || t.is("-")) {
      if (!deeper(t)) {
        return null;
      }
      tokens.next();
      UvlExpr operand = unary();
      depth--;
      return operand == null ? null : new UvlExpr.Unary(t.text(), operand, t.line(), t.column());
    }
    return primary();
  }

  private UvlExpr primary() {
    Token t = tokens.peek();
    switch (t.kind()) {
      case NUMBER:
        tokens.next();
        return new UvlExpr.Num(new BigDecimal(t.text()), t.line(), t.column());
      case STRING:
        tokens.next();
        return new UvlExpr.Str(t.text(), t.line(), t.column());
      case SYMBOL:
        if (t.is("(")) {
          if (!deeper(t)) {
            return null;
          }
          tokens.next();
          UvlExpr inner = expression();
          depth--;
          return inner != null && tokens.expect(")") ? inner : null;
        }
        return tokens.error(t, "expected a feature, number or '(', found " + t.describe());
      case NAME:
        if (t.is("true") || t.is("false")) {
          tokens.next();
          return new UvlExpr.Bool(t.is("true"), t.line(), t.column());
        }
        if (FUNCTIONS.contains(t.text()) && tokens.peek(1).is("(")) {
          return call();
        }
        return reference();
      case QUOTED_NAME:
        return reference();
      default:
        return tokens.error(t, "expected a feature, number or '(', found " + t.describe());
    }
  }

  /** One level deeper at {@code t}; false after reporting when that is too deep. */
  private boolean deeper(Token t) {
    if (depth == MAX_NESTING) {
      tokens.error(t, "expression nested more than " + MAX_NESTING + " levels deep");
      return false;
    }
    depth++;
    return true;
  }

  private UvlExpr call() {
    Token name = tokens.next();
    tokens.next();
    List<UvlExpr.Ref> arguments = new ArrayList<>();
    while (true) {
      UvlExpr argument = reference();
      if (argument == null) {
        return null;
      }
      arguments.add((UvlExpr.Ref) argument);
      if (!tokens.peek().is(",")) {
        break;
      }
      tokens.next();
    }
    if (!tokens.expect(")")) {
      return null;
    }
    return new UvlExpr.Call(name.text(), arguments, name.line(), name.column());
  }

  private UvlExpr reference() {
    Token start = tokens.peek();
    List<String> parts = tokens.reference();
    return parts == null ? null : new UvlExpr.Ref(parts, start.line(), start.column());
  }
}
