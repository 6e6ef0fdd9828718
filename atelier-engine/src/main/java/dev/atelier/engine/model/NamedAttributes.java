package dev.atelier.engine.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Collects the ids of the attributes an expression names (in atoms and in comparison terms). Not
 * thread-safe; one per collection.
 */
public final class NamedAttributes implements ExprVisitor<Void> {
  private final Set<String> names = new HashSet<>();

  private NamedAttributes() {}

  /** The ids of the attributes that {@code exprs} name. */
  public static Set<String> of(Collection<? extends Expr> exprs) {
    NamedAttributes collector = new NamedAttributes();
    exprs.forEach(e -> e.accept(collector));
    return collector.names;
  }

  private Void all(Collection<Expr> operands) {
    operands.forEach(o -> o.accept(this));
    return null;
  }

  @Override
  public Void visitConst(Expr.Const c) {
    return null;
  }

  @Override
  public Void visitIs(Expr.Is is) {
    names.add(is.attribute());
    return null;
  }

  @Override
  public Void visitIsSet(Expr.IsSet set) {
    names.add(set.attribute());
    return null;
  }

  @Override
  public Void visitNot(Expr.Not not) {
    return not.operand().accept(this);
  }

  @Override
  public Void visitAnd(Expr.And and) {
    return all(and.operands());
  }

  @Override
  public Void visitOr(Expr.Or or) {
    return all(or.operands());
  }

  @Override
  public Void visitImplies(Expr.Implies implies) {
    implies.condition().accept(this);
    return implies.consequence().accept(this);
  }

  @Override
  public Void visitIff(Expr.Iff iff) {
    iff.left().accept(this);
    return iff.right().accept(this);
  }

  @Override
  public Void visitCompare(Expr.Compare compare) {
    compare.terms().forEach(t -> names.add(t.attribute()));
    return null;
  }

  @Override
  public Void visitCount(Expr.Count count) {
    return all(count.operands());
  }
}
