package dev.atelier.formats.expr;

import dev.atelier.engine.model.Expr;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * A numeric expression over integer (and boolean, as 1/0) attributes: {@code sum(coefficient *
 * attribute) + constant}, such as {@code 2*inseam + 10}. Used for bill-of-material quantities.
 * Immutable and thread-safe.
 *
 * @param terms the summands over attributes, in the order written
 * @param constant the constant summand
 */
public record Quantity(List<Expr.Term> terms, long constant) {

  public Quantity {
    terms = List.copyOf(terms);
  }

  /** A constant quantity. */
  public static Quantity of(long constant) {
    return new Quantity(List.of(), constant);
  }

  /**
   * The quantity for a configuration, given each attribute's numeric value (unset attributes should
   * map to 0, as in rules).
   */
  public long evaluate(ToLongFunction<String> numericValue) {
    Objects.requireNonNull(numericValue, "numericValue");
    long sum = constant;
    for (Expr.Term t : terms) {
      sum =
          Math.addExact(
              sum, Math.multiplyExact(t.coefficient(), numericValue.applyAsLong(t.attribute())));
    }
    return sum;
  }
}
