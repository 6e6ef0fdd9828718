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
    Map<String, String> values = configuration.values();
    if (expr instanceof Expr.Const c) {
      return c.value();
    } else if (expr instanceof Expr.Is is) {
      return is.value().equals(values.get(is.attribute()));
    } else if (expr instanceof Expr.IsSet set) {
      return values.containsKey(set.attribute());
    } else if (expr instanceof Expr.Not not) {
      return !holds(not.operand(), configuration);
    } else if (expr instanceof Expr.And and) {
      return and.operands().stream().allMatch(e -> holds(e, configuration));
    } else if (expr instanceof Expr.Or or) {
      return or.operands().stream().anyMatch(e -> holds(e, configuration));
    } else if (expr instanceof Expr.Implies imp) {
      return !holds(imp.condition(), configuration) || holds(imp.consequence(), configuration);
    } else if (expr instanceof Expr.Iff iff) {
      return holds(iff.left(), configuration) == holds(iff.right(), configuration);
    } else if (expr instanceof Expr.Compare cmp) {
      long sum = 0;
      for (Expr.Term t : cmp.terms()) {
        sum += t.coefficient() * numericValue(t.attribute(), values.get(t.attribute()));
      }
      return cmp.op().test(sum, cmp.bound());
    } else if (expr instanceof Expr.Count count) {
      long n = count.operands().stream().filter(e -> holds(e, configuration)).count();
      return count.op().test(n, count.k());
    }
    throw new IllegalStateException("unknown expression " + expr);
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
}
