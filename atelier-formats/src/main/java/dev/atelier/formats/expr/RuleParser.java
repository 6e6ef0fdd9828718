package dev.atelier.formats.expr;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.Slot;
import dev.atelier.formats.expr.Token.Kind;
import dev.atelier.formats.expr.TokenCursor.SyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The precedence levels of the rule language for {@link ExprParser}: {@code <->}, {@code ->},
 * {@code or}, {@code and}, {@code not}, then atoms; atoms after a name are parsed by {@link
 * NameAtomParser}, counts and linear comparisons by {@link ArithmeticParser} (the levels below),
 * the module constructs by {@link SlotParser}. Not thread-safe; one per expression.
 */
final class RuleParser extends NameAtomParser {
  private final Map<String, Attribute> scope;
  private final SlotParser slots;
  private NameResolver names;
  private final List<ExprError> errors;
  private int depth;

  RuleParser(
      TokenCursor in,
      Map<String, Attribute> scope,
      Map<String, Slot> slots,
      List<ExprError> errors) {
    super(in);
    this.errors = errors;
    this.scope = SlotParser.withTemplates(scope, slots);
    this.slots = new SlotParser(this, in, slots);
    this.names = new NameResolver(this.scope, errors);
  }

  /** A whole rule: the expression up to the end, made to hold per slot instance it names. */
  Expr wholeRule() {
    Expr e = iff();
    in.expect(Kind.END, "an operator or end of expression");
    return slots.perInstance(e);
  }

  /**
   * Parses a whole expression with {@code local} as the names in scope (a module instance's own
   * names and those around it), then the names before again.
   */
  Expr withNames(Map<String, Attribute> local) {
    NameResolver outer = names;
    names = new NameResolver(local, errors);
    try {
      return iff();
    } finally {
      names = outer;
    }
  }

  /** The names in scope: the model's attributes and the slots' template names. */
  Map<String, Attribute> scope() {
    return scope;
  }

  @Override
  String numeric(Token name) {
    return names.numeric(name);
  }

  /** The loosest level: {@code a <-> b <-> ...}. */
  @Override
  Expr iff() {
    Expr left = implies();
    while (in.peek(0).kind() == Kind.IFF) {
      in.skip(1);
      left = new Expr.Iff(left, implies());
    }
    return left;
  }

  private Expr implies() {
    Expr left = or();
    if (in.peek(0).kind() == Kind.IMPLIES) {
      in.skip(1);
      return new Expr.Implies(left, implies());
    }
    return left;
  }

  private Expr or() {
    return chain(Kind.OR, "or", this::and, Expr.Or::new);
  }

  private Expr and() {
    return chain(Kind.AND, "and", this::unary, Expr.And::new);
  }

  /**
   * One n-ary operator written as a symbol or a word ({@code a or b || c}): its operands, joined
   * unless there is only one.
   */
  private Expr chain(
      Kind symbol, String word, Supplier<Expr> operand, Function<List<Expr>, Expr> join) {
    List<Expr> operands = new ArrayList<>(List.of(operand.get()));
    while (in.peek(0).kind() == symbol || in.peek(0).isWord(word)) {
      in.skip(1);
      operands.add(operand.get());
    }
    return operands.size() == 1 ? operands.get(0) : join.apply(operands);
  }

  private Expr unary() {
    Token t = in.peek(0);
    if (++depth > ExprParser.MAX_DEPTH) {
      throw new SyntaxError(
          t.start(), "expression nested more than " + ExprParser.MAX_DEPTH + " levels deep");
    }
    try {
      if (t.kind() == Kind.BANG || t.isWord("not")) {
        in.skip(1);
        return new Expr.Not(unary());
      }
      return primary();
    } finally {
      depth--;
    }
  }

  private Expr primary() {
    Token t = in.peek(0);
    boolean call = in.peek(1).kind() == Kind.LPAREN;
    if (t.kind() == Kind.LPAREN) {
      in.skip(1);
      Expr e = iff();
      in.expect(Kind.RPAREN, "')' or an operator");
      return e;
    } else if (t.isWord("true") || t.isWord("false")) {
      in.skip(1);
      return new Expr.Const(t.text().equals("true"));
    } else if (call && (t.isWord("atLeast") || t.isWord("atMost") || t.isWord("exactly"))) {
      return boundedCount();
    } else if (call && t.isWord("sum") && slots.any()) {
      return linear();
    } else if (call && slots.isAggregate(t)) {
      return slots.aggregate(t);
    } else if (call && t.isWord("count")) {
      return comparedCount();
    } else if (call && t.isWord("set")) {
      in.skip(2);
      Token name = in.expectName("an attribute");
      in.expect(Kind.RPAREN, "')'");
      names.attribute(name);
      return new Expr.IsSet(name.text());
    } else if (t.isNumber() || t.kind() == Kind.MINUS) {
      return linear();
    } else if (t.isName()) {
      return afterName(t);
    }
    throw new SyntaxError(t.start(), "expected an attribute, '(' or 'not', found " + t.shown());
  }

  @Override
  SlotParser slots() {
    return slots;
  }

  @Override
  NameResolver names() {
    return names;
  }
}
