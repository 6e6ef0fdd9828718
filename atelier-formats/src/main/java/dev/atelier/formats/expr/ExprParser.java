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
 * Parses the rule expression language (see docs/model-format.md) into engine {@link Expr}s,
 * resolving names against the model's attributes so that unknown attributes and values are reported
 * with their position. Never throws for bad input. Not thread-safe; use one instance per expression
 * (the static methods do).
 */
public final class ExprParser {

  /** How deeply expressions may nest (parentheses, negations, implications). */
  public static final int MAX_DEPTH = 100;

  private final TokenCursor in;
  private final Map<String, Attribute> scope;
  private final SlotParser slots;
  private NameResolver names;
  private final List<ExprError> errors;
  private int depth;

  private ExprParser(
      TokenCursor in,
      Map<String, Attribute> scope,
      Map<String, Slot> slots,
      List<ExprError> errors) {
    this.in = in;
    this.errors = errors;
    this.scope = SlotParser.withTemplates(scope, slots);
    this.slots = new SlotParser(this, in, slots);
    this.names = new NameResolver(this.scope, errors);
  }

  /**
   * Parses a boolean expression over the attributes in {@code scope} (attribute id to attribute).
   */
  public static Parsed<Expr> parse(String text, Map<String, Attribute> scope) {
    return parse(text, scope, Map.of());
  }

  /**
   * Parses a boolean expression over {@code scope} and the module {@code slots} (slot id to slot)
   * whose instances the scope holds: {@code bays.doors} holds per present instance, {@code
   * next(bays).height} per pair of neighbours, and {@code sum(bays.width)}, {@code count(bays where
   * ...)}, {@code all/any/none(bays where ...)} range over the instances (see
   * docs/model-format.md).
   */
  public static Parsed<Expr> parse(
      String text, Map<String, Attribute> scope, Map<String, Slot> slots) {
    return run(text, scope, slots, ExprParser::wholeRule);
  }

  /** Parses a numeric expression such as {@code 2*inseam + 10} over numeric attributes. */
  public static Parsed<Quantity> parseQuantity(String text, Map<String, Attribute> scope) {
    return parseQuantity(text, scope, Map.of());
  }

  /** Parses a numeric expression that may add {@code sum(slot.attribute)} over instances. */
  public static Parsed<Quantity> parseQuantity(
      String text, Map<String, Attribute> scope, Map<String, Slot> slots) {
    return run(text, scope, slots, ExprParser::wholeQuantity);
  }

  /** Lexes {@code text} and applies {@code rule}: its value, or every error found on the way. */
  private static <T> Parsed<T> run(
      String text,
      Map<String, Attribute> scope,
      Map<String, Slot> slots,
      Function<ExprParser, T> rule) {
    Lexer lexer = Lexer.lex(text);
    if (lexer.error() != null) {
      return new Parsed<>(null, List.of(lexer.error()));
    }
    List<ExprError> errors = new ArrayList<>();
    ExprParser p = new ExprParser(new TokenCursor(lexer.tokens()), scope, slots, errors);
    try {
      return new Parsed<>(rule.apply(p), errors);
    } catch (SyntaxError s) {
      errors.add(s.error());
      return new Parsed<>(null, sorted(errors));
    }
  }

  private Expr wholeRule() {
    Expr e = iff();
    in.expect(Kind.END, "an operator or end of expression");
    return slots.perInstance(e);
  }

  private Quantity wholeQuantity() {
    List<Expr.Term> terms = new ArrayList<>();
    long constant = sum(terms, 1);
    in.expect(Kind.END, "'+', '-' or end of expression");
    return new Quantity(terms, constant);
  }

  private static List<ExprError> sorted(List<ExprError> errors) {
    List<ExprError> copy = new ArrayList<>(errors);
    copy.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
    return copy;
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

  /** The attribute id of a summand, recording an error unless it names a numeric attribute. */
  String numeric(Token name) {
    return names.numeric(name);
  }

  private Expr iff() {
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
    if (++depth > MAX_DEPTH) {
      throw new SyntaxError(t.start(), "expression nested more than " + MAX_DEPTH + " levels deep");
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

  private Expr afterName(Token name) {
    Token after = in.peek(1);
    switch (after.kind()) {
      case EQ, NE:
        if (isValueComparison()) {
          in.skip(2);
          Expr is = names.is(name, value());
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
    return names.bare(name);
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
      options.add(names.is(name, value()));
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

  private Expr boundedCount() {
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

  private Expr comparedCount() {
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

  private Expr linear() {
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
            terms.addAll(slots.sum(n));
          } else if (in.peek(-1).kind() == Kind.STAR) {
            terms.add(new Expr.Term(n, names.numeric(in.expectName("an attribute after '*'"))));
          } else {
            constant = Math.addExact(constant, n);
          }
        } else if (term.isWord("sum") && in.peek(1).kind() == Kind.LPAREN) {
          terms.addAll(slots.sum(s));
        } else if (term.isName()) {
          in.skip(1);
          terms.add(new Expr.Term(s, names.numeric(term)));
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
