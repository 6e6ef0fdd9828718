package dev.atelier.server.design;

import dev.atelier.formats.print.PrintArea;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.NumberRange;
import dev.atelier.server.http.NumberRanges;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import java.util.Optional;

/**
 * The limits of a placed text ({@link TextAt}): only on an area whose model has a text, its centre
 * within the declared range of {@link TextAt} and inside the area's safe rectangle (the margin to
 * the opposite margin, inclusive), its rotation in the declared range (0..359 degrees). Stateless.
 */
final class TextPlacement {
  private static final NumberRange X = NumberRanges.of(TextAt.class, "x");
  private static final NumberRange Y = NumberRanges.of(TextAt.class, "y");
  private static final NumberRange ROTATION = NumberRanges.of(TextAt.class, "rotation");

  private TextPlacement() {}

  /**
   * A 422 problem naming {@code field}{@code .x}, {@code .y} or {@code .rotation}, or empty when
   * {@code at} fits.
   */
  static Optional<Problem> check(PrintArea area, @Nullable TextAt at, String field) {
    if (at == null) {
      return Optional.empty();
    }
    if (area.text().isEmpty()) {
      return outOfRange("print area '" + area.id() + "' takes no text", field);
    }
    int m = area.safeMarginMm();
    return NumberRanges.problem(X, at.x(), field + ".x")
        .or(() -> NumberRanges.problem(Y, at.y(), field + ".y"))
        .or(() -> outside(at.x(), m, area.widthMm() - m, field + ".x"))
        .or(() -> outside(at.y(), m, area.heightMm() - m, field + ".y"))
        .or(() -> NumberRanges.problem(ROTATION, at.degrees(), field + ".rotation"));
  }

  private static Optional<Problem> outside(double v, int min, int max, String field) {
    if (v >= min && v <= max) {
      return Optional.empty();
    }
    return outOfRange(
        "the text's centre must lie in the safe area, " + min + " to " + max + " mm, got " + v,
        field);
  }

  private static Optional<Problem> outOfRange(String detail, String field) {
    return Optional.of(
        Problem.of(422, ProblemType.OUT_OF_RANGE, "Value out of range", detail, field));
  }
}
