package dev.atelier.formats.check;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.ExprRewriter;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites an expression for a model with other values: atoms on values (or attributes) the model
 * lacks become false, comparisons and constants stay, connectives are rebuilt as they were.
 * Immutable and thread-safe.
 */
final class Restriction extends ExprRewriter {
  private final Map<String, Set<String>> values;

  /** A restriction to {@code values} (attribute id to its value ids). */
  Restriction(Map<String, Set<String>> values) {
    this.values = values;
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
  public Expr visitCompare(Expr.Compare compare) {
    return compare;
  }
}
