package dev.atelier.formats.expr;

import java.util.List;

/**
 * The outcome of parsing an expression text: the value and every problem found. When {@code errors}
 * is empty, {@code value} is present; after a syntax error it is null. Immutable when the value is.
 *
 * @param value what was parsed, null after a syntax error
 * @param errors problems in text order; empty when the text is fine
 * @param <T> the parsed type
 */
public record Parsed<T>(T value, List<ExprError> errors) {

  public Parsed {
    errors = List.copyOf(errors);
  }

  /** Whether the text was parsed without problems. */
  public boolean ok() {
    return errors.isEmpty() && value != null;
  }
}
