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
    return new Renamer(rename).rewrite(expr);
  }

  /** Renames the attribute of every atom and summand; the connectives come from the rewriter. */
  private static final class Renamer extends ExprRewriter {
    private final UnaryOperator<String> rename;

    Renamer(UnaryOperator<String> rename) {
      this.rename = rename;
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
    public Expr visitCompare(Expr.Compare cmp) {
      return new Expr.Compare(
          cmp.terms().stream()
              .map(t -> new Expr.Term(t.coefficient(), rename.apply(t.attribute())))
              .toList(),
          cmp.op(),
          cmp.bound());
    }
  }
}
