package dev.atelier.formats.expr;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprNames;
import dev.atelier.engine.model.Slot;
import dev.atelier.engine.model.Slots;
import dev.atelier.formats.expr.Token.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the rule expression language (see docs/model-format.md) into engine {@link Expr}s,
 * resolving names against the model's attributes so that unknown attributes and values are reported
 * with their position. Never throws for bad input. Not thread-safe; use one instance per expression
 * (the static methods do).
 */
public final class ExprParser {

  /** How deeply expressions may nest (parentheses, negations, implications). */
  public static final int MAX_DEPTH = 100;

  private final List<Token> tokens;
  private final Map<String, Attribute> scope;
  private final Map<String, Slot> slots;
  private NameResolver names;
  private final List<ExprError> errors;
  private int pos;
  private int depth;

  private ExprParser(
      List<Token> tokens,
      Map<String, Attribute> scope,
      Map<String, Slot> slots,
      List<ExprError> errors) {
    this.tokens = tokens;
    this.errors = errors;
    this.slots = slots;
    this.scope = SlotNames.withTemplates(scope, slots);
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
    Lexer lexer = Lexer.lex(text);
    if (lexer.error() != null) {
      return new Parsed<>(null, List.of(lexer.error()));
    }
    List<ExprError> errors = new ArrayList<>();
    ExprParser p = new ExprParser(lexer.tokens(), scope, slots, errors);
    try {
      Expr e = p.iff();
      p.expect(Kind.END, "an operator or end of expression");
      for (Slot slot : slots.values()) {
        if (Slots.mentions(slot, e)) {
          e = Slots.perInstance(slot, e);
        }
      }
      return new Parsed<>(e, errors);
    } catch (SyntaxError s) {
      errors.add(s.error);
      return new Parsed<>(null, sorted(errors));
    }
  }

  /** Parses a numeric expression such as {@code 2*inseam + 10} over numeric attributes. */
  public static Parsed<Quantity> parseQuantity(String text, Map<String, Attribute> scope) {
    return parseQuantity(text, scope, Map.of());
  }

  /** Parses a numeric expression that may add {@code sum(slot.attribute)} over instances. */
  public static Parsed<Quantity> parseQuantity(
      String text, Map<String, Attribute> scope, Map<String, Slot> slots) {
    Lexer lexer = Lexer.lex(text);
    if (lexer.error() != null) {
      return new Parsed<>(null, List.of(lexer.error()));
    }
    List<ExprError> errors = new ArrayList<>();
    ExprParser p = new ExprParser(lexer.tokens(), scope, slots, errors);
    try {
      List<Expr.Term> terms = new ArrayList<>();
      long constant = p.sum(terms, 1);
      p.expect(Kind.END, "'+', '-' or end of expression");
      return new Parsed<>(new Quantity(terms, constant), errors);
    } catch (SyntaxError s) {
      errors.add(s.error);
      return new Parsed<>(null, sorted(errors));
    }
  }

  private static List<ExprError> sorted(List<ExprError> errors) {
    List<ExprError> copy = new ArrayList<>(errors);
    copy.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
    return copy;
  }

  private Expr iff() {
    Expr left = implies();
    while (peek(0).kind() == Kind.IFF) {
      pos++;
      left = new Expr.Iff(left, implies());
    }
    return left;
  }

  private Expr implies() {
    Expr left = or();
    if (peek(0).kind() == Kind.IMPLIES) {
      pos++;
      return new Expr.Implies(left, implies());
    }
    return left;
  }

  private Expr or() {
    List<Expr> operands = new ArrayList<>(List.of(and()));
    while (peek(0).kind() == Kind.OR || peek(0).isWord("or")) {
      pos++;
      operands.add(and());
    }
    return operands.size() == 1 ? operands.get(0) : new Expr.Or(operands);
  }

  private Expr and() {
    List<Expr> operands = new ArrayList<>(List.of(unary()));
    while (peek(0).kind() == Kind.AND || peek(0).isWord("and")) {
      pos++;
      operands.add(unary());
    }
    return operands.size() == 1 ? operands.get(0) : new Expr.And(operands);
  }

  private Expr unary() {
    Token t = peek(0);
    if (++depth > MAX_DEPTH) {
      throw new SyntaxError(t.start(), "expression nested more than " + MAX_DEPTH + " levels deep");
    }
    try {
      if (t.kind() == Kind.BANG || t.isWord("not")) {
        pos++;
        return new Expr.Not(unary());
      }
      return primary();
    } finally {
      depth--;
    }
  }

  private Expr primary() {
    Token t = peek(0);
    boolean call = peek(1).kind() == Kind.LPAREN;
    if (t.kind() == Kind.LPAREN) {
      pos++;
      Expr e = iff();
      expect(Kind.RPAREN, "')' or an operator");
      return e;
    } else if (t.isWord("true") || t.isWord("false")) {
      pos++;
      return new Expr.Const(t.text().equals("true"));
    } else if (call && (t.isWord("atLeast") || t.isWord("atMost") || t.isWord("exactly"))) {
      return boundedCount();
    } else if (call && t.isWord("sum") && !slots.isEmpty()) {
      return linear();
    } else if (call && isAggregate(t)) {
      return aggregate(t);
    } else if (call && t.isWord("count")) {
      return comparedCount();
    } else if (call && t.isWord("set")) {
      pos += 2;
      Token name = expectName("an attribute");
      expect(Kind.RPAREN, "')'");
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
    Token after = peek(1);
    switch (after.kind()) {
      case EQ, NE:
        if (isValueComparison()) {
          pos += 2;
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
      pos += 2;
      return valueSet(name);
    }
    if (after.isWord("not") && peek(2).isWord("in")) {
      pos += 3;
      return new Expr.Not(valueSet(name));
    }
    pos++;
    return names.bare(name);
  }

  /** After {@code name =}: a single value not followed by arithmetic. */
  private boolean isValueComparison() {
    int i = 2;
    if (peek(i).kind() == Kind.MINUS && peek(i + 1).isNumber()) {
      i++;
    } else if (peek(i).kind() != Kind.WORD && peek(i).kind() != Kind.STRING) {
      return true; // value() reports what is missing
    }
    Kind next = peek(i + 1).kind();
    return next != Kind.PLUS && next != Kind.MINUS && next != Kind.STAR;
  }

  private Expr valueSet(Token name) {
    expect(Kind.LBRACE, "'{'");
    List<Expr> options = new ArrayList<>();
    do {
      options.add(names.is(name, value()));
    } while (accept(Kind.COMMA));
    expect(Kind.RBRACE, "',' or '}'");
    return new Expr.Or(options);
  }

  private Token value() {
    Token t = peek(0);
    if (t.kind() == Kind.MINUS && peek(1).isNumber()) {
      pos += 2;
      return new Token(Kind.WORD, "-" + peek(-1).text(), t.start());
    }
    if (t.kind() == Kind.WORD || t.kind() == Kind.STRING) {
      pos++;
      return t;
    }
    throw new SyntaxError(t.start(), "expected a value, found " + t.shown());
  }

  private Expr boundedCount() {
    Token fn = peek(0);
    pos += 2;
    Token kToken = peek(0);
    int k = (int) Math.min(Integer.MAX_VALUE, number(expectNumber()));
    if (k == Integer.MAX_VALUE) {
      throw new SyntaxError(kToken.start(), "number too large");
    }
    List<Expr> operands = new ArrayList<>();
    expect(Kind.COMMA, "','");
    do {
      operands.add(iff());
    } while (accept(Kind.COMMA));
    expect(Kind.RPAREN, "',' or ')'");
    Expr.Op op =
        switch (fn.text()) {
          case "atLeast" -> Expr.Op.GE;
          case "atMost" -> Expr.Op.LE;
          default -> Expr.Op.EQ;
        };
    return new Expr.Count(operands, op, k);
  }

  private Expr comparedCount() {
    pos += 2;
    List<Expr> operands = new ArrayList<>();
    do {
      operands.add(iff());
    } while (accept(Kind.COMMA));
    expect(Kind.RPAREN, "',' or ')'");
    Expr.Op op = relation();
    Token kToken = peek(0);
    long k = number(expectNumber());
    if (k > Integer.MAX_VALUE) {
      throw new SyntaxError(kToken.start(), "number too large");
    }
    return new Expr.Count(operands, op, (int) k);
  }

  /** {@code count|all|any|none ( slot where ...}: an aggregate over a slot's instances. */
  private boolean isAggregate(Token t) {
    boolean fn = t.isWord("count") || t.isWord("all") || t.isWord("any") || t.isWord("none");
    return fn && slots.containsKey(peek(2).text()) && peek(3).isWord("where");
  }

  private Expr aggregate(Token fn) {
    pos += 2;
    Token slotName = peek(0);
    Slot slot = slots.get(slotName.text());
    pos += 2;
    Expr template = inInstance(slot);
    expect(Kind.RPAREN, "')'");
    List<Expr> each = Slots.instances(slot, template);
    return switch (fn.text()) {
      case "count" -> {
        Expr.Op op = relation();
        Token kToken = peek(0);
        long k = number(expectNumber());
        if (k > Integer.MAX_VALUE) {
          throw new SyntaxError(kToken.start(), "number too large");
        }
        yield new Expr.Count(each, op, (int) k);
      }
      case "all" -> Slots.perInstance(slot, template);
      case "any" -> new Expr.Or(each);
      default -> new Expr.Not(new Expr.Or(each));
    };
  }

  /**
   * A condition on one instance of {@code slot}: the module's own names ({@code doors}) name that
   * instance's attributes, other names the attributes around it. Answers a template for {@link
   * Slots#at}.
   */
  private Expr inInstance(Slot slot) {
    Map<String, Attribute> local = new LinkedHashMap<>(scope);
    Set<String> own = new java.util.HashSet<>();
    for (Attribute a : slot.module().flat().attributes()) {
      local.put(a.id(), a);
      own.add(a.id());
    }
    NameResolver outer = names;
    names = new NameResolver(local, errors);
    try {
      Expr e = iff();
      return ExprNames.rename(e, n -> own.contains(n) ? slot.each(n) : n);
    } finally {
      names = outer;
    }
  }

  /** {@code sum(slot.attribute)}: that attribute of every instance, times {@code coefficient}. */
  private List<Expr.Term> slotSum(long coefficient) {
    pos += 2;
    Token name = expectName("slot.attribute");
    expect(Kind.RPAREN, "')'");
    int dot = name.text().indexOf('.');
    Slot slot = dot < 0 ? null : slots.get(name.text().substring(0, dot));
    if (slot == null) {
      throw new SyntaxError(
          name.start(),
          "sum(...) takes a slot's attribute such as bays.width; known slots: " + slots.keySet());
    }
    names.numeric(name);
    return Slots.sum(slot, coefficient, name.text().substring(dot + 1));
  }

  private Expr linear() {
    List<Expr.Term> terms = new ArrayList<>();
    long left = sum(terms, 1);
    Expr.Op op = relation();
    Token rightStart = peek(0);
    long negatedRight = sum(terms, -1);
    try {
      return new Expr.Compare(terms, op, Math.subtractExact(Math.negateExact(negatedRight), left));
    } catch (ArithmeticException e) {
      throw new SyntaxError(rightStart.start(), "constant too large");
    }
  }

  private Expr.Op relation() {
    Token t = peek(0);
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
    pos++;
    return op;
  }

  /** Parses {@code [-] term (('+'|'-') term)*}, adding terms times {@code sign}; the constant. */
  private long sum(List<Expr.Term> terms, int sign) {
    long constant = 0;
    boolean first = true;
    while (true) {
      long s = sign;
      Token t = peek(0);
      if (t.kind() == Kind.MINUS || (!first && t.kind() == Kind.PLUS)) {
        s = t.kind() == Kind.MINUS ? -sign : sign;
        pos++;
      } else if (!first) {
        return constant;
      }
      first = false;
      Token term = peek(0);
      try {
        if (term.isNumber()) {
          pos++;
          long n = Math.multiplyExact(s, number(term));
          if (accept(Kind.STAR) && peek(0).isWord("sum") && peek(1).kind() == Kind.LPAREN) {
            terms.addAll(slotSum(n));
          } else if (peek(-1).kind() == Kind.STAR) {
            terms.add(new Expr.Term(n, names.numeric(expectName("an attribute after '*'"))));
          } else {
            constant = Math.addExact(constant, n);
          }
        } else if (term.isWord("sum") && peek(1).kind() == Kind.LPAREN) {
          terms.addAll(slotSum(s));
        } else if (term.isName()) {
          pos++;
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

  private long number(Token t) {
    if (t.text().length() > 18) {
      throw new SyntaxError(t.start(), "number too large: " + t.text());
    }
    return Long.parseLong(t.text());
  }

  private Token expectNumber() {
    Token t = peek(0);
    if (!t.isNumber()) {
      throw new SyntaxError(t.start(), "expected a number, found " + t.shown());
    }
    pos++;
    return t;
  }

  private Token expectName(String what) {
    Token t = peek(0);
    if (!t.isName()) {
      throw new SyntaxError(t.start(), "expected " + what + ", found " + t.shown());
    }
    pos++;
    return t;
  }

  private void expect(Kind kind, String what) {
    Token t = peek(0);
    if (t.kind() != kind) {
      throw new SyntaxError(t.start(), "expected " + what + ", found " + t.shown());
    }
    pos++;
  }

  private boolean accept(Kind kind) {
    if (peek(0).kind() == kind) {
      pos++;
      return true;
    }
    return false;
  }

  private Token peek(int ahead) {
    int i = Math.max(0, Math.min(pos + ahead, tokens.size() - 1));
    return tokens.get(i);
  }

  /** Ends parsing at the first syntax error; caught in the static entry points. */
  private static final class SyntaxError extends RuntimeException {
    private final transient ExprError error;

    SyntaxError(int offset, String message) {
      super(message, null, false, false);
      this.error = new ExprError(offset, message);
    }
  }
}
