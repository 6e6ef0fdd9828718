package dev.atelier.server.http;

import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * The range checks of routes read from the request records' declared ranges ({@link NumberRange}),
 * so that the range a route enforces, the one the OpenAPI document states and the one a number that
 * cannot be bound is told are written once. Stateless.
 */
public final class NumberRanges {

  private NumberRanges() {}

  /**
   * The range {@code component} of {@code record} declares; read once per check (a constant), so a
   * component without one fails when the route's class is loaded, not on a request.
   *
   * @throws IllegalArgumentException when the component does not exist or declares no range
   */
  public static NumberRange of(Class<? extends Record> record, String component) {
    for (RecordComponent c : record.getRecordComponents()) {
      if (c.getName().equals(component) && c.isAnnotationPresent(NumberRange.class)) {
        return c.getAnnotation(NumberRange.class);
      }
    }
    throw new IllegalArgumentException(
        record.getSimpleName() + "." + component + " declares no @NumberRange");
  }

  /**
   * A 422 {@code out-of-range} problem naming {@code field} and {@code range} when {@code value}
   * lies outside it (or is not a finite number); empty when it lies inside.
   */
  public static Optional<Problem> problem(NumberRange range, double value, String field) {
    if (Double.isFinite(value) && value >= range.min() && value <= range.max()) {
      return Optional.empty();
    }
    boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
    return outOfRange(
        range.min(),
        range.max(),
        whole ? Long.toString((long) value) : Double.toString(value),
        field);
  }

  /** As {@link #problem(NumberRange, double, String)} for an integer. */
  public static Optional<Problem> problem(NumberRange range, long value, String field) {
    return problem(range.min(), range.max(), value, field);
  }

  /**
   * As {@link #problem(NumberRange, long, String)} for a range known only at the request (a
   * product's own order maximum).
   */
  public static Optional<Problem> problem(long min, long max, long value, String field) {
    if (value >= min && value <= max) {
      return Optional.empty();
    }
    return outOfRange(min, max, Long.toString(value), field);
  }

  /**
   * The integer a query parameter {@code field} holds ({@code absent} when there is none), checked
   * against {@code range}: text that is no integer (a decimal, letters, 20 digits) is the 400 a
   * body field gets, "'quantity' must be an integer from 1 to 1000"; an integer outside is the 422
   * of {@link #problem(NumberRange, long, String)}.
   */
  public static Outcome<Long> query(
      NumberRange range, @Nullable String text, long absent, String field) {
    if (text == null) {
      return Outcome.ok(absent);
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      return Outcome.rejected(
          Problem.badRequest(
              field,
              "'" + field + "' must be an integer from " + range.min() + " to " + range.max()));
    }
    Optional<Problem> outside = problem(range, value, field);
    return outside.isPresent() ? Outcome.rejected(outside.get()) : Outcome.ok(value);
  }

  private static Optional<Problem> outOfRange(long min, long max, String got, String field) {
    return Optional.of(
        Problem.of(
            422,
            ProblemType.OUT_OF_RANGE,
            "Value out of range",
            "'" + field + "' must be from " + min + " to " + max + ", got " + got,
            field));
  }
}
