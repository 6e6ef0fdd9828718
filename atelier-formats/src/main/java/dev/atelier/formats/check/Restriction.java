package dev.atelier.formats.check;

import dev.atelier.engine.model.Expr;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites an expression for a model with other values: atoms on values (or attributes) the model
 * lacks become false, comparisons and constants stay. Immutable and thread-safe.
 */
final class Restriction implements Expr.Visitor<Expr> {
  private final Map<String, Set<String>> values;

  /** A restriction to {@code values} (attribute id to its value ids). */
  Restriction(Map<String, Set<String>> values) {
    this.values = values;
  }

  /** {@code e} with atoms on missing values replaced by false. */
  Expr apply(Expr e) {
    return e.accept(this);
  }

  private List<Expr> all(List<Expr> operands) {
    return operands.stream().map(this::apply).toList();
  }

  @Override
  public Expr visitConst(Expr.Const c) {
    return c;
  }

  @Override
  public Expr visitIs(Expr.Is is) {
    Set<String> vs = values.get(is.attribute());
    return vs != null && vs.contains(is.value()) ? is : Expr.FALSE;
  }

  @Override
  public Expr visitIsSet(Expr.IsSet set) {
    return values.containsKey(set.attribute()) ? set : Expr.FALSE;
  }

  @Override
  public Expr visitNot(Expr.Not not) {
    return Expr.not(apply(not.operand()));
  }

  @Override
  public Expr visitAnd(Expr.And and) {
    return new Expr.And(all(and.operands()));
  }

  @Override
  public Expr visitOr(Expr.Or or) {
    return new Expr.Or(all(or.operands()));
  }

  @Override
  public Expr visitImplies(Expr.Implies imp) {
    return Expr.implies(apply(imp.condition()), apply(imp.consequence()));
  }

  @Override
  public Expr visitIff(Expr.Iff iff) {
    return new Expr.Iff(apply(iff.left()), apply(iff.right()));
  }

  @Override
  public Expr visitCompare(Expr.Compare compare) {
    return compare;
  }

  @Override
  public Expr visitCount(Expr.Count count) {
    return new Expr.Count(all(count.operands()), count.op(), count.k());
  }
}
