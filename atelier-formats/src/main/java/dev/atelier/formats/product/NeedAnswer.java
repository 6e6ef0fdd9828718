package dev.atelier.formats.product;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.session.Preference;
import java.util.List;
import java.util.Objects;

/**
 * An answer of a needs question and what it means for the design: soft preferences (weighted
 * wishes), hard requirements and an optional budget on the total price. Immutable and thread-safe.
 *
 * @param id answer id, unique in its question
 * @param label what the customer reads
 * @param prefer wishes the proposals should meet (missing one costs its weight)
 * @param require conditions every proposal must meet
 * @param budget the highest total price in minor units, or {@link Long#MAX_VALUE} for none
 */
public record NeedAnswer(
    String id, LocalizedText label, List<Preference> prefer, List<Expr> require, long budget) {

  public NeedAnswer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    prefer = List.copyOf(prefer);
    require = List.copyOf(require);
  }

  /** Whether this answer sets a budget. */
  public boolean hasBudget() {
    return budget != Long.MAX_VALUE;
  }
}
