package dev.atelier.engine.result;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of an engine call: an answer, or a {@link Failure} describing an expected outcome.
 * Engine calls never throw for expected outcomes. Immutable when its value is.
 *
 * @param <T> the type of the answer
 */
public sealed interface Result<T> permits Result.Ok, Result.Failed {

  /** An answer. */
  record Ok<T>(T value) implements Result<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /** No answer, and why. */
  record Failed<T>(Failure failure) implements Result<T> {
    public Failed {
      Objects.requireNonNull(failure, "failure");
    }
  }

  /** An answer. */
  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  /** A failure. */
  static <T> Result<T> failed(Failure failure) {
    return new Failed<>(failure);
  }

  /** A failure of this kind. */
  static <T> Result<T> failed(Failure.Kind kind, String message) {
    return new Failed<>(Failure.of(kind, message));
  }

  /** Whether this holds an answer. */
  default boolean isOk() {
    return this instanceof Ok;
  }

  /** The answer; throws {@link IllegalStateException} naming the failure if there is none. */
  default T orThrow() {
    if (this instanceof Ok<T> ok) {
      return ok.value();
    }
    Failure f = ((Failed<T>) this).failure();
    throw new IllegalStateException(f.kind() + ": " + f.message());
  }

  /** The failure, or null for an answer. */
  default Failure failureOrNull() {
    return this instanceof Failed<T> failed ? failed.failure() : null;
  }

  /** Maps the answer, keeping a failure as it is. */
  @SuppressWarnings("unchecked")
  default <U> Result<U> map(Function<? super T, ? extends U> f) {
    if (this instanceof Ok<T> ok) {
      return new Ok<>(f.apply(ok.value()));
    }
    return (Result<U>) this;
  }
}
