package dev.atelier.server.design;

import dev.atelier.formats.print.PrintArea;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import java.util.Optional;

/**
 * The limits of a placed text ({@link TextAt}): only on an area whose model has a text, its centre
 * inside the area's safe rectangle (the margin to the opposite margin, inclusive), its rotation
 * 0..359 degrees. Stateless.
 */
final class TextPlacement {
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
    return outside(at.x(), m, area.widthMm() - m, field + ".x")
        .or(() -> outside(at.y(), m, area.heightMm() - m, field + ".y"))
        .or(() -> turned(at.rotation(), field + ".rotation"));
  }

  private static Optional<Problem> turned(@Nullable Integer rotation, String field) {
    if (rotation == null || (rotation >= 0 && rotation <= 359)) {
      return Optional.empty();
    }
    return outOfRange("the text's rotation must be 0 to 359 degrees, got " + rotation, field);
  }

  private static Optional<Problem> outside(double v, int min, int max, String field) {
    if (Double.isFinite(v) && v >= min && v <= max) {
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
