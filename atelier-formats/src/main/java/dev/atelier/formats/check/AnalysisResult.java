package dev.atelier.formats.check;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of one analysis of a check: its answer, or why it was not (fully) checked. Immutable
 * and thread-safe when the answer is.
 *
 * @param <T> the answer's type
 */
public sealed interface AnalysisResult<T> permits AnalysisResult.Done, AnalysisResult.NotChecked {

  /** The analysis finished. */
  record Done<T>(T value) implements AnalysisResult<T> {
    public Done {
      Objects.requireNonNull(value, "value");
    }
  }

  /** The analysis did not run or did not finish; {@code reason} says why. */
  record NotChecked<T>(String reason) implements AnalysisResult<T> {
    public NotChecked {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Renders the answer with {@code show}, or "not checked (reason)". */
  default String render(Function<T, String> show) {
    return this instanceof Done<T> d
        ? show.apply(d.value())
        : "not checked (" + ((NotChecked<T>) this).reason() + ")";
  }
}
