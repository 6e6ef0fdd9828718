package dev.atelier.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A condition over a configuration: the language of rules, component conditions and preferences. An
 * unset attribute makes every {@link Is} atom over it false and contributes 0 to a {@link Compare}
 * sum. All implementations are immutable records and thread-safe.
 *
 * <p>Code that walks an expression implements {@link ExprVisitor} and calls {@link #accept}: a new
 * kind of expression adds a method to the visitor, so every walker fails to compile until it
 * handles it. Code that looks for a shape switches over {@link #kind} (a switch expression, no
 * default).
 */
public sealed interface Expr
    permits Expr.Const,
        Expr.Is,
        Expr.IsSet,
        Expr.Not,
        Expr.And,
        Expr.Or,
        Expr.Implies,
        Expr.Iff,
        Expr.Compare,
        Expr.Count {

  /** Calls the method of {@code visitor} for this kind of expression and returns its answer. */
  <R> R accept(ExprVisitor<R> visitor);

  /** This expression's kind. */
  ExprKind kind();

  /** Always true. */
  Expr TRUE = new Const(true);

  /** Always false. */
  Expr FALSE = new Const(false);

  /** A constant. */
  record Const(boolean value) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
      return visitor.visitConst(this);
    }

    @Override
    public ExprKind kind() {
      return ExprKind.CONST;
    }
  }

  /** {@code attribute = value}. */
  record Is(String attribute, String value) implements Expr {
    public Is {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
      return visitor.visitIs(this);
    }

    @Override
    public ExprKind kind() {
      return ExprKind.IS;
    }
  }

  /** The attribute has a value (is not unset). */
  record IsSet(String attribute) implements Expr {
    public IsSet {
      Objects.requireNonNull(attribute, "attribute");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
      return visitor.visitIsSet(this);
    }

    @Override
    public ExprKind kind() {
      return ExprKind.IS_SET;
    }
  }

  /** Negation. */
  record Not(Expr operand) implements Expr {
    public Not {
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
      return visitor.visitNot(this);
    }

    @Override
    public ExprKind kind() {
      return ExprKind.NOT;
    }
  }

  /** Conjunction; empty is true. */
  record And(List<Expr> operands) implements Expr {
    public And {
      operands = List.copyOf(operands);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
      return visitor.visitAnd(this);
    }

    @Override
    public ExprKind kind() {
      return ExprKind.AND;
    }
  }

  /** Disjunction; empty is false. */
  record Or(List<Expr> operands) implements Expr {
    public Or {
      operands = List.copyOf(operands);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
      return visitor.visitOr(this);
    }

    @Override
    public ExprKind kind() {
      return ExprKind.OR;
    }
  }

  /** {@code condition -> consequence}. */
  record Implies(Expr condition, Expr consequence) implements Expr {
    public Implies {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(consequence, "consequence");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
      return visitor.visitImplies(this);
    }

    @Override
    public ExprKind kind() {
      return ExprKind.IMPLIES;
    }
  }

  /** {@code left <-> right}. */
  record Iff(Expr left, Expr right) implements Expr {
    public Iff {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
      return visitor.visitIff(this);
    }

    @Override
    public ExprKind kind() {
      return ExprKind.IFF;
    }
  }

  /**
   * A linear comparison {@code sum(coefficient * attribute) op bound} over integer attributes
   * (their numeric value) and boolean attributes (true = 1).
   */
  record Compare(List<Term> terms, Op op, long bound) implements Expr {
    public Compare {
      terms = List.copyOf(terms);
      Objects.requireNonNull(op, "op");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
      return visitor.visitCompare(this);
    }

    @Override
    public ExprKind kind() {
      return ExprKind.COMPARE;
    }
  }

  /** How many of {@code operands} are true, compared with {@code k}. */
  record Count(List<Expr> operands, Op op, int k) implements Expr {
    public Count {
      operands = List.copyOf(operands);
      Objects.requireNonNull(op, "op");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
      return visitor.visitCount(this);
    }

    @Override
    public ExprKind kind() {
      return ExprKind.COUNT;
    }
  }

  /** One summand of a {@link Compare}. */
  record Term(long coefficient, String attribute) {
    public Term {
      Objects.requireNonNull(attribute, "attribute");
    }
  }

  /** Comparison operators. */
  enum Op {
    LE("<="),
    LT("<"),
    GE(">="),
    GT(">"),
    EQ("="),
    NE("!=");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    /** The operator as written in rules. */
    public String symbol() {
      return symbol;
    }

    /** Whether {@code left op right} holds. */
    public boolean test(long left, long right) {
      return switch (this) {
        case LE -> left <= right;
        case LT -> left < right;
        case GE -> left >= right;
        case GT -> left > right;
        case EQ -> left == right;
        case NE -> left != right;
      };
    }
  }

  /** {@code attribute = value}. */
  static Expr is(String attribute, String value) {
    return new Is(attribute, value);
  }

  /** Negation of {@code e}. */
  static Expr not(Expr e) {
    return new Not(e);
  }

  /** Conjunction. */
  static Expr and(Expr... operands) {
    return new And(List.of(operands));
  }

  /** Disjunction. */
  static Expr or(Expr... operands) {
    return new Or(List.of(operands));
  }

  /** Implication. */
  static Expr implies(Expr condition, Expr consequence) {
    return new Implies(condition, consequence);
  }
}
