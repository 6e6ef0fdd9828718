package dev.atelier.server.design;

import java.util.Objects;
import java.util.function.Function;

/**
 * What the design service answers: a value, or why the engine gave none in the design's own terms.
 * Request field names are the routes' business ({@link EngineProblems} maps a failure to a problem
 * there). Immutable when its value is.
 *
 * @param <T> the type of the value
 */
sealed interface DesignResult<T> permits DesignResult.Ok, DesignResult.Failed {

  /** A value. */
  record Ok<T>(T value) implements DesignResult<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /** No value, and why. */
  record Failed<T>(DesignFailure failure) implements DesignResult<T> {
    public Failed {
      Objects.requireNonNull(failure, "failure");
    }
  }

  static <T> DesignResult<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> DesignResult<T> failed(DesignFailure failure) {
    return new Failed<>(failure);
  }

  /** Maps the value, keeping a failure as it is. */
  default <U> DesignResult<U> map(Function<? super T, ? extends U> f) {
    if (this instanceof Ok<T> ok) {
      return new Ok<>(f.apply(ok.value()));
    }
    return new Failed<>(((Failed<T>) this).failure());
  }

  /** Continues with the value, keeping a failure as it is. */
  default <U> DesignResult<U> then(Function<? super T, DesignResult<U>> f) {
    if (this instanceof Ok<T> ok) {
      return f.apply(ok.value());
    }
    return new Failed<>(((Failed<T>) this).failure());
  }
}
