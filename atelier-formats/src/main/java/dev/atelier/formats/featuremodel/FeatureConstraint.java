package dev.atelier.formats.featuremodel;

import dev.atelier.engine.model.Expr;
import java.util.Objects;

/**
 * A cross-tree constraint of a feature model. Immutable and thread-safe.
 *
 * @param expr the condition over feature attributes (see {@link FeatureModelMapper#selected})
 * @param text the constraint as people read it, used in its label
 */
public record FeatureConstraint(Expr expr, String text) {

  public FeatureConstraint {
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(text, "text");
  }

  /** A constraint whose text is {@code expr} printed by {@link FormulaText}. */
  public static FeatureConstraint of(Expr expr) {
    return new FeatureConstraint(expr, FormulaText.print(expr));
  }
}
