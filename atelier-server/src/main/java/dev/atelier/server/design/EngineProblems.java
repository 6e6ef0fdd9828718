package dev.atelier.server.design;

import dev.atelier.engine.result.Failure;
import dev.atelier.server.http.Problem;

/**
 * Maps engine failures to problems: unknown or out-of-range input 422, refused or not applicable
 * 409, deadline passed 503. Stateless and thread-safe.
 */
final class EngineProblems {

  private EngineProblems() {}

  /** The problem for {@code failure} while {@code doing} something. */
  static Problem of(Failure failure, String field) {
    String detail = failure.message();
    return switch (failure.kind()) {
      case TIMED_OUT ->
          Problem.of(503, "timed-out", "The engine did not answer in time", detail, field);
      case REFUSED -> Problem.of(409, "refused", "Refused", detail, field);
      case NOT_APPLICABLE -> Problem.of(409, "not-applicable", "Not applicable", detail, field);
      case UNSATISFIABLE_MODEL ->
          Problem.of(
              409, "unsatisfiable-model", "The product admits no configuration", detail, field);
      case UNKNOWN_ATTRIBUTE ->
          Problem.of(422, "unknown-attribute", "Unknown attribute", detail, field);
      case UNKNOWN_VALUE -> Problem.of(422, "unknown-value", "Unknown value", detail, field);
      case OUT_OF_RANGE -> Problem.of(422, "out-of-range", "Value out of range", detail, field);
      case TOO_LARGE -> Problem.of(422, "too-large", "Too large for the engine", detail, field);
      case MISSING_FACTS ->
          Problem.of(
              409,
              "missing-facts",
              "Your measurements are needed first",
              "give " + String.join(", ", failure.details()) + " first: they are yours to give",
              field);
      default -> Problem.of(500, "engine", "Engine failure", detail, field);
    };
  }
}
