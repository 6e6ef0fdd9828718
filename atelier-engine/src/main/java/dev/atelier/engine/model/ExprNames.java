package dev.atelier.engine.model;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The attribute names of an expression: collects them, or renames them (to unroll a module's rule
 * for one instance). Adds no expression kind. Stateless and thread-safe.
 */
public final class ExprNames {

  private ExprNames() {}

  /** Every attribute {@code expr} names, in order of appearance. */
  public static Set<String> of(Expr expr) {
    Set<String> names = new LinkedHashSet<>();
    rename(
        expr,
        n -> {
          names.add(n);
          return n;
        });
    return names;
  }

  /** {@code expr} with every attribute name {@code n} replaced by {@code rename(n)}. */
  public static Expr rename(Expr expr, UnaryOperator<String> rename) {
    if (expr instanceof Expr.Const) {
      return expr;
    } else if (expr instanceof Expr.Is is) {
      return new Expr.Is(rename.apply(is.attribute()), is.value());
    } else if (expr instanceof Expr.IsSet set) {
      return new Expr.IsSet(rename.apply(set.attribute()));
    } else if (expr instanceof Expr.Not not) {
      return new Expr.Not(rename(not.operand(), rename));
    } else if (expr instanceof Expr.And and) {
      return new Expr.And(and.operands().stream().map(e -> rename(e, rename)).toList());
    } else if (expr instanceof Expr.Or or) {
      return new Expr.Or(or.operands().stream().map(e -> rename(e, rename)).toList());
    } else if (expr instanceof Expr.Implies imp) {
      return new Expr.Implies(rename(imp.condition(), rename), rename(imp.consequence(), rename));
    } else if (expr instanceof Expr.Iff iff) {
      return new Expr.Iff(rename(iff.left(), rename), rename(iff.right(), rename));
    } else if (expr instanceof Expr.Compare cmp) {
      return new Expr.Compare(
          cmp.terms().stream()
              .map(t -> new Expr.Term(t.coefficient(), rename.apply(t.attribute())))
              .toList(),
          cmp.op(),
          cmp.bound());
    } else if (expr instanceof Expr.Count count) {
      return new Expr.Count(
          count.operands().stream().map(e -> rename(e, rename)).toList(), count.op(), count.k());
    }
    throw new IllegalStateException("unknown expression " + expr);
  }
}
