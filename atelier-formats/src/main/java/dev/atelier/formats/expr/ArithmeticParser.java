package dev.atelier.formats.expr;

import dev.atelier.engine.model.Expr;
import dev.atelier.formats.expr.Token.Kind;
import dev.atelier.formats.expr.TokenCursor.SyntaxError;
import java.util.ArrayList;
import java.util.List;

/**
 * The numeric constructs of the rule language: {@code atLeast/atMost/exactly(k, ...)}, {@code
 * count(...) op k}, linear comparisons and the sums they compare. The base of the parser's levels
 * ({@link NameAtomParser}, then {@link RuleParser}), which supplies the operands. Not thread-safe;
 * one per expression.
 */
abstract class ArithmeticParser {
  /** The tokens being parsed. */
  final TokenCursor in;

  ArithmeticParser(TokenCursor in) {
    this.in = in;
  }

  /** A whole boolean expression (the loosest precedence level). */
  abstract Expr iff();

  /** The attribute id of a summand, recording an error unless it names a numeric attribute. */
  abstract String numeric(Token name);

  /** The module constructs of this expression. */
  abstract SlotParser slots();

  /** A whole numeric expression such as {@code 2*inseam + 10}. */
  Quantity wholeQuantity() {
    List<Expr.Term> terms = new ArrayList<>();
    long constant = sum(terms, 1);
    in.expect(Kind.END, "'+', '-' or end of expression");
    return new Quantity(terms, constant);
  }

  /** {@code atLeast|atMost|exactly(k, operand, ...)}. */
  Expr boundedCount() {
    Token fn = in.peek(0);
    in.skip(2);
    Token kToken = in.peek(0);
    int k = (int) Math.min(Integer.MAX_VALUE, TokenCursor.number(in.expectNumber()));
    if (k == Integer.MAX_VALUE) {
      throw new SyntaxError(kToken.start(), "number too large");
    }
    List<Expr> operands = new ArrayList<>();
    in.expect(Kind.COMMA, "','");
    do {
      operands.add(iff());
    } while (in.accept(Kind.COMMA));
    in.expect(Kind.RPAREN, "',' or ')'");
    Expr.Op op =
        switch (fn.text()) {
          case "atLeast" -> Expr.Op.GE;
          case "atMost" -> Expr.Op.LE;
          default -> Expr.Op.EQ;
        };
    return new Expr.Count(operands, op, k);
  }

  /** {@code count(operand, ...) op k}. */
  Expr comparedCount() {
    in.skip(2);
    List<Expr> operands = new ArrayList<>();
    do {
      operands.add(iff());
    } while (in.accept(Kind.COMMA));
    in.expect(Kind.RPAREN, "',' or ')'");
    return countOf(operands);
  }

  /** After {@code count(...)}: how many of {@code operands} hold, compared with a bound. */
  Expr countOf(List<Expr> operands) {
    Expr.Op op = relation();
    Token kToken = in.peek(0);
    long k = TokenCursor.number(in.expectNumber());
    if (k > Integer.MAX_VALUE) {
      throw new SyntaxError(kToken.start(), "number too large");
    }
    return new Expr.Count(operands, op, (int) k);
  }

  /** {@code sum op sum}, as one sum compared with a constant. */
  Expr linear() {
    List<Expr.Term> terms = new ArrayList<>();
    long left = sum(terms, 1);
    Expr.Op op = relation();
    Token rightStart = in.peek(0);
    long negatedRight = sum(terms, -1);
    try {
      return new Expr.Compare(terms, op, Math.subtractExact(Math.negateExact(negatedRight), left));
    } catch (ArithmeticException e) {
      throw new SyntaxError(rightStart.start(), "constant too large");
    }
  }

  private Expr.Op relation() {
    Token t = in.peek(0);
    Expr.Op op =
        switch (t.kind()) {
          case EQ -> Expr.Op.EQ;
          case NE -> Expr.Op.NE;
          case LT -> Expr.Op.LT;
          case LE -> Expr.Op.LE;
          case GT -> Expr.Op.GT;
          case GE -> Expr.Op.GE;
          default -> null;
        };
    if (op == null) {
      throw new SyntaxError(
          t.start(), "expected a comparison (<=, <, >=, >, =, !=), found " + t.shown());
    }
    in.skip(1);
    return op;
  }

  /** Parses {@code [-] term (('+'|'-') term)*}, adding terms times {@code sign}; the constant. */
  private long sum(List<Expr.Term> terms, int sign) {
    long constant = 0;
    boolean first = true;
    while (true) {
      long s = sign;
      Token t = in.peek(0);
      if (t.kind() == Kind.MINUS || (!first && t.kind() == Kind.PLUS)) {
        s = t.kind() == Kind.MINUS ? -sign : sign;
        in.skip(1);
      } else if (!first) {
        return constant;
      }
      first = false;
      Token term = in.peek(0);
      try {
        if (term.isNumber()) {
          in.skip(1);
          long n = Math.multiplyExact(s, TokenCursor.number(term));
          if (in.accept(Kind.STAR)
              && in.peek(0).isWord("sum")
              && in.peek(1).kind() == Kind.LPAREN) {
            terms.addAll(slots().sum(n));
          } else if (in.peek(-1).kind() == Kind.STAR) {
            terms.add(new Expr.Term(n, numeric(in.expectName("an attribute after '*'"))));
          } else {
            constant = Math.addExact(constant, n);
          }
        } else if (term.isWord("sum") && in.peek(1).kind() == Kind.LPAREN) {
          terms.addAll(slots().sum(s));
        } else if (term.isName()) {
          in.skip(1);
          terms.add(new Expr.Term(s, numeric(term)));
        } else {
          throw new SyntaxError(
              term.start(), "expected a number or an attribute, found " + term.shown());
        }
      } catch (ArithmeticException e) {
        throw new SyntaxError(term.start(), "number too large");
      }
    }
  }
}
