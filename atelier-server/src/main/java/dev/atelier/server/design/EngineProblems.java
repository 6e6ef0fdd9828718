package dev.atelier.server.design;

import dev.atelier.engine.result.Failure;
import dev.atelier.engine.session.Decision;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import java.util.Objects;

/**
 * Maps engine failures to problems naming request fields, for the routes (the only place that knows
 * the request's field names): unknown or out-of-range input 422, refused or not applicable 409,
 * deadline passed 503. Stateless and thread-safe.
 */
final class EngineProblems {

  private EngineProblems() {}

  /** The problem for {@code failure}, naming request field {@code field}. */
  static Problem of(Failure failure, String field) {
    String detail = failure.message();
    return switch (failure.kind()) {
      case TIMED_OUT ->
          Problem.of(
              503, ProblemType.TIMED_OUT, "The engine did not answer in time", detail, field);
      case REFUSED -> Problem.of(409, ProblemType.REFUSED, "Refused", detail, field);
      case NOT_APPLICABLE ->
          Problem.of(409, ProblemType.NOT_APPLICABLE, "Not applicable", detail, field);
      case UNSATISFIABLE_MODEL ->
          Problem.of(
              409,
              ProblemType.UNSATISFIABLE_MODEL,
              "The product admits no configuration",
              detail,
              field);
      case UNKNOWN_ATTRIBUTE ->
          Problem.of(422, ProblemType.UNKNOWN_ATTRIBUTE, "Unknown attribute", detail, field);
      case UNKNOWN_VALUE ->
          Problem.of(422, ProblemType.UNKNOWN_VALUE, "Unknown value", detail, field);
      case OUT_OF_RANGE ->
          Problem.of(422, ProblemType.OUT_OF_RANGE, "Value out of range", detail, field);
      case TOO_LARGE ->
          Problem.of(422, ProblemType.TOO_LARGE, "Too large for the engine", detail, field);
      case MISSING_FACTS ->
          Problem.of(
              409,
              ProblemType.MISSING_FACTS,
              "Your measurements are needed first",
              "give " + String.join(", ", failure.details()) + " first: they are yours to give",
              field);
      default -> Problem.of(500, ProblemType.ENGINE, "Engine failure", detail, field);
    };
  }

  /**
   * The outcome of {@code result} for a request carrying the design at {@code designField} (empty
   * for the whole body) and its own input at {@code requestField}.
   */
  static <T> Outcome<T> outcome(DesignResult<T> result, String designField, String requestField) {
    if (result instanceof DesignResult.Ok<T> ok) {
      return Outcome.ok(ok.value());
    }
    DesignFailure f = ((DesignResult.Failed<T>) result).failure();
    return Outcome.rejected(problem(f, designField, requestField));
  }

  /** The problem for {@code f}, naming the request's fields. */
  static Problem problem(DesignFailure f, String designField, String requestField) {
    return switch (f.at()) {
      case DECISIONS -> of(f.failure(), DesignResolver.sub(designField, "decisions"));
      case DESIGN -> of(f.failure(), "design");
      case DECISION -> {
        Decision about = Objects.requireNonNull(f.about(), "about");
        Problem p =
            Problem.of(
                    409,
                    ProblemType.INCONSISTENT_DESIGN,
                    "The decisions do not fit together",
                    about + " is not possible with the other decisions",
                    DesignResolver.sub(designField, "decisions[" + f.index() + "]"))
                .about(about.attribute(), about.value());
        yield f.explanation() == null ? p : p.explainedBy(f.explanation());
      }
      case REQUEST ->
          f.explanation() == null
              ? of(f.failure(), requestField)
              : Problem.of(
                      409,
                      ProblemType.REFUSED,
                      "Refused",
                      f.about()
                          + " is not possible with the other decisions: "
                          + f.explanation().reason(),
                      requestField)
                  .about(
                      Objects.requireNonNull(f.about(), "about").attribute(),
                      Objects.requireNonNull(f.about(), "about").value())
                  .explainedBy(f.explanation());
    };
  }
}
