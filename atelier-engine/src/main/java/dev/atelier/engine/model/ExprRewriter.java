package dev.atelier.engine.model;

import java.util.List;

/**
 * Rebuilds an expression bottom-up: every connective from its rewritten operands, constants as they
 * are; subclasses say what becomes of each atom ({@code visitIs}, {@code visitIsSet}, {@code
 * visitCompare}). A new kind of connective is handled here once, not in each rewriter. Thread-safe
 * when the subclass is.
 */
public abstract class ExprRewriter implements ExprVisitor<Expr> {

  /** {@code e} rewritten. */
  public final Expr rewrite(Expr e) {
    return e.accept(this);
  }

  private List<Expr> all(List<Expr> operands) {
    return operands.stream().map(this::rewrite).toList();
  }

  @Override
  public Expr visitConst(Expr.Const c) {
    return c;
  }

  @Override
  public final Expr visitNot(Expr.Not not) {
    return new Expr.Not(rewrite(not.operand()));
  }

  @Override
  public final Expr visitAnd(Expr.And and) {
    return new Expr.And(all(and.operands()));
  }

  @Override
  public final Expr visitOr(Expr.Or or) {
    return new Expr.Or(all(or.operands()));
  }

  @Override
  public final Expr visitImplies(Expr.Implies imp) {
    return new Expr.Implies(rewrite(imp.condition()), rewrite(imp.consequence()));
  }

  @Override
  public final Expr visitIff(Expr.Iff iff) {
    return new Expr.Iff(rewrite(iff.left()), rewrite(iff.right()));
  }

  @Override
  public final Expr visitCount(Expr.Count count) {
    return new Expr.Count(all(count.operands()), count.op(), count.k());
  }
}
