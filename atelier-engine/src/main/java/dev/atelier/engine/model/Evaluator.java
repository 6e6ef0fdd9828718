package dev.atelier.engine.model;

import java.util.Map;

/**
 * The reference semantics of {@link Expr}: evaluates a condition on a configuration directly,
 * without a solver. Used to validate orders, to price configurations, and as the oracle the solver
 * is tested against. Immutable and thread-safe.
 */
public final class Evaluator {
  private final Map<String, Attribute> attributes;

  /** An evaluator for configurations of {@code model}. */
  public Evaluator(ProductModel model) {
    this.attributes = Map.copyOf(model.attributesById());
  }

  /** Whether {@code expr} holds in {@code configuration}. */
  public boolean holds(Expr expr, Configuration configuration) {
    return expr.accept(new Holds(configuration.values()));
  }

  /**
   * The number a term uses for {@code valueId} of {@code attribute}: integers their value, booleans
   * 1/0, unset ({@code null}) 0. Also the value of bill-of-material quantity terms.
   */
  public long numericValue(String attribute, String valueId) {
    if (valueId == null) {
      return 0;
    }
    Attribute a = attributes.get(attribute);
    if (a instanceof BooleanAttribute) {
      return BooleanAttribute.TRUE.equals(valueId) ? 1 : 0;
    }
    return Long.parseLong(valueId);
  }

  /** The truth of an expression in one configuration's values. */
  private final class Holds implements ExprVisitor<Boolean> {
    private final Map<String, String> values;

    Holds(Map<String, String> values) {
      this.values = values;
    }

    @Override
    public Boolean visitConst(Expr.Const c) {
      return c.value();
    }

    @Override
    public Boolean visitIs(Expr.Is is) {
      return is.value().equals(values.get(is.attribute()));
    }

    @Override
    public Boolean visitIsSet(Expr.IsSet set) {
      return values.containsKey(set.attribute());
    }

    @Override
    public Boolean visitNot(Expr.Not not) {
      return !not.operand().accept(this);
    }

    @Override
    public Boolean visitAnd(Expr.And and) {
      return and.operands().stream().allMatch(e -> e.accept(this));
    }

    @Override
    public Boolean visitOr(Expr.Or or) {
      return or.operands().stream().anyMatch(e -> e.accept(this));
    }

    @Override
    public Boolean visitImplies(Expr.Implies imp) {
      return !imp.condition().accept(this) || imp.consequence().accept(this);
    }

    @Override
    public Boolean visitIff(Expr.Iff iff) {
      return iff.left().accept(this).booleanValue() == iff.right().accept(this).booleanValue();
    }

    @Override
    public Boolean visitCompare(Expr.Compare cmp) {
      long sum = 0;
      for (Expr.Term t : cmp.terms()) {
        sum += t.coefficient() * numericValue(t.attribute(), values.get(t.attribute()));
      }
      return cmp.op().test(sum, cmp.bound());
    }

    @Override
    public Boolean visitCount(Expr.Count count) {
      long n = count.operands().stream().filter(e -> e.accept(this)).count();
      return count.op().test(n, count.k());
    }
  }
}
