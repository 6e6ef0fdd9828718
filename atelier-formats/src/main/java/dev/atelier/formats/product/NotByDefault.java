package dev.atelier.formats.product;

import dev.atelier.engine.model.Expr;
import java.util.List;
import java.util.Objects;

/**
 * A value the model offers only when the customer picks it (an attribute's {@code notByDefault}
 * list): "Complete it for me", the cheapest completion behind the catalogue's "from" price, option
 * price differences, repairs and proposals avoid it unless the design decides it. Immutable and
 * thread-safe.
 *
 * @param attribute attribute id
 * @param value value id, or {@code ~} for "left unset" (optional attributes)
 */
public record NotByDefault(String attribute, String value) {

  /** The value id meaning "left unset". */
  public static final String UNSET = "~";

  public NotByDefault {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(value, "value");
  }

  /** The condition that holds when a configuration has this value. */
  public Expr condition() {
    return UNSET.equals(value) ? Expr.not(new Expr.IsSet(attribute)) : Expr.is(attribute, value);
  }

  /** The conditions of {@code values}, in order. */
  public static List<Expr> conditions(List<NotByDefault> values) {
    return values.stream().map(NotByDefault::condition).toList();
  }
}
