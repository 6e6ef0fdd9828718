package dev.atelier.formats.expr;

import dev.atelier.engine.model.Expr;
import dev.atelier.formats.expr.Token.Kind;
import dev.atelier.formats.expr.TokenCursor.SyntaxError;
import java.util.ArrayList;
import java.util.List;

/**
 * The atoms of the rule language that start with a name: {@code a = v}, {@code a != v}, {@code a in
 * {v, w}}, {@code a not in {...}}, a boolean attribute alone, or the start of a linear comparison.
 * The level between {@link ArithmeticParser} and {@link RuleParser}. Not thread-safe; one per
 * expression.
 */
abstract class NameAtomParser extends ArithmeticParser {

  NameAtomParser(TokenCursor in) {
    super(in);
  }

  /** The names in use: the scope, or an instance's names inside an aggregate. */
  abstract NameResolver names();

  /** An atom starting with {@code name}: a value test, a value set, a comparison or the name. */
  Expr afterName(Token name) {
    Token after = in.peek(1);
    switch (after.kind()) {
      case EQ, NE:
        if (isValueComparison()) {
          in.skip(2);
          Expr is = names().is(name, value());
          return after.kind() == Kind.EQ ? is : new Expr.Not(is);
        }
        return linear();
      case LT, LE, GT, GE, PLUS, MINUS, STAR:
        return linear();
      default:
        break;
    }
    if (after.isWord("in")) {
      in.skip(2);
      return valueSet(name);
    }
    if (after.isWord("not") && in.peek(2).isWord("in")) {
      in.skip(3);
      return new Expr.Not(valueSet(name));
    }
    in.skip(1);
    return names().bare(name);
  }

  /** After {@code name =}: a single value not followed by arithmetic. */
  private boolean isValueComparison() {
    int i = 2;
    if (in.peek(i).kind() == Kind.MINUS && in.peek(i + 1).isNumber()) {
      i++;
    } else if (in.peek(i).kind() != Kind.WORD && in.peek(i).kind() != Kind.STRING) {
      return true; // value() reports what is missing
    }
    Kind next = in.peek(i + 1).kind();
    return next != Kind.PLUS && next != Kind.MINUS && next != Kind.STAR;
  }

  private Expr valueSet(Token name) {
    in.expect(Kind.LBRACE, "'{'");
    List<Expr> options = new ArrayList<>();
    do {
      options.add(names().is(name, value()));
    } while (in.accept(Kind.COMMA));
    in.expect(Kind.RBRACE, "',' or '}'");
    return new Expr.Or(options);
  }

  private Token value() {
    Token t = in.peek(0);
    if (t.kind() == Kind.MINUS && in.peek(1).isNumber()) {
      in.skip(2);
      return new Token(Kind.WORD, "-" + in.peek(-1).text(), t.start());
    }
    if (t.kind() == Kind.WORD || t.kind() == Kind.STRING) {
      in.skip(1);
      return t;
    }
    throw new SyntaxError(t.start(), "expected a value, found " + t.shown());
  }
}
