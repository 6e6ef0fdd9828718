package dev.atelier.engine.model;

import java.util.LinkedHashSet;
import java.util.List;
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
    return expr.accept(new Renamer(rename));
  }

  private record Renamer(UnaryOperator<String> rename) implements Expr.Visitor<Expr> {
    private List<Expr> all(List<Expr> operands) {
      return operands.stream().map(e -> e.accept(this)).toList();
    }

    @Override
    public Expr visitConst(Expr.Const c) {
      return c;
    }

    @Override
    public Expr visitIs(Expr.Is is) {
      return new Expr.Is(rename.apply(is.attribute()), is.value());
    }

    @Override
    public Expr visitIsSet(Expr.IsSet set) {
      return new Expr.IsSet(rename.apply(set.attribute()));
    }

    @Override
    public Expr visitNot(Expr.Not not) {
      return new Expr.Not(not.operand().accept(this));
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
      return new Expr.Implies(imp.condition().accept(this), imp.consequence().accept(this));
    }

    @Override
    public Expr visitIff(Expr.Iff iff) {
      return new Expr.Iff(iff.left().accept(this), iff.right().accept(this));
    }

    @Override
    public Expr visitCompare(Expr.Compare cmp) {
      return new Expr.Compare(
          cmp.terms().stream()
              .map(t -> new Expr.Term(t.coefficient(), rename.apply(t.attribute())))
              .toList(),
          cmp.op(),
          cmp.bound());
    }

    @Override
    public Expr visitCount(Expr.Count count) {
      return new Expr.Count(all(count.operands()), count.op(), count.k());
    }
  }
}
