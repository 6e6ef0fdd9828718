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

  /** A value, answered with {@code status} (a 2xx code). */
  record Ok<T>(T value, int status) implements Outcome<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
      if (status < 200 || status > 299) {
        throw new IllegalArgumentException("not a success status: " + status);
      }
    }
  }

  /** No value: answer with this problem. */
  record Rejected<T>(Problem problem) implements Outcome<T> {
    public Rejected {
      Objects.requireNonNull(problem, "problem");
    }
  }

  /** A value, answered with 200. */
  static <T> Outcome<T> ok(T value) {
    return new Ok<>(value, 200);
  }

  /** A value that was just created, answered with 201. */
  static <T> Outcome<T> created(T value) {
    return new Ok<>(value, 201);
  }

  /** A problem. */
  static <T> Outcome<T> rejected(Problem problem) {
    return new Rejected<>(problem);
  }

  /** Maps the value, keeping a problem as it is. */
  default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
    if (this instanceof Ok<T> ok) {
      return new Ok<>(f.apply(ok.value()), ok.status());
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
