package dev.atelier.server.http;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of handling (part of) a request: a value, or the {@link Problem} to answer with.
 * Expected failures travel as values, never as exceptions. Immutable when its value is.
 *
 * @param <T> the type of the value
 */
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Rejected {

  /** A value. */
  record Ok<T>(T value) implements Outcome<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /** No value: answer with this problem. */
  record Rejected<T>(Problem problem) implements Outcome<T> {
    public Rejected {
      Objects.requireNonNull(problem, "problem");
    }
  }

  /** A value. */
  static <T> Outcome<T> ok(T value) {
    return new Ok<>(value);
  }

  /** A problem. */
  static <T> Outcome<T> rejected(Problem problem) {
    return new Rejected<>(problem);
  }

  /** Maps the value, keeping a problem as it is. */
  default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
    if (this instanceof Ok<T> ok) {
      return new Ok<>(f.apply(ok.value()));
    }
    return new Rejected<>(((Rejected<T>) this).problem());
  }

  /** Continues with the value, keeping a problem as it is. */
  default <U> Outcome<U> then(Function<? super T, Outcome<U>> f) {
    if (this instanceof Ok<T> ok) {
      return f.apply(ok.value());
    }
    return new Rejected<>(((Rejected<T>) this).problem());
  }
}
