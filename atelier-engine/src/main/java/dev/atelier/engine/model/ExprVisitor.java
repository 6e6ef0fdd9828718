package dev.atelier.engine.model;

/**
 * One method per kind of expression; {@link Expr#accept} calls the one for its kind. Implement all
 * of them (no defaults), so that a new kind cannot fall through silently.
 *
 * @param <R> what the walk returns
 */
public interface ExprVisitor<R> {
  /** A constant. */
  R visitConst(Expr.Const c);

  /** {@code attribute = value}. */
  R visitIs(Expr.Is is);

  /** The attribute has a value. */
  R visitIsSet(Expr.IsSet set);

  /** Negation. */
  R visitNot(Expr.Not not);

  /** Conjunction. */
  R visitAnd(Expr.And and);

  /** Disjunction. */
  R visitOr(Expr.Or or);

  /** Implication. */
  R visitImplies(Expr.Implies implies);

  /** Equivalence. */
  R visitIff(Expr.Iff iff);

  /** Linear comparison. */
  R visitCompare(Expr.Compare compare);

  /** Cardinality. */
  R visitCount(Expr.Count count);
}
