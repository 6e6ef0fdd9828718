package dev.atelier.server.http;

import dev.atelier.engine.model.PlainText;
import java.util.Optional;

/**
 * The checks of request strings that are stored: free text a person typed ({@link #plain}) and
 * values bound for a column of fixed length ({@link #fits}). Every problem is a 422 naming the
 * request field. The Unicode rules themselves are {@link PlainText}'s; every string of a JSON body
 * is already well-formed ({@link JsonBodies}). Stateless.
 */
public final class TextFields {

  private TextFields() {}

  /**
   * A 422 problem naming {@code field} when {@code text} (not null) holds a control character (line
   * breaks and tabs allowed when {@code multiLine}), a bidirectional control or an invisible
   * character ({@link PlainText#problem}).
   */
  public static Optional<Problem> plain(String text, String field, boolean multiLine) {
    return PlainText.problem(text, multiLine)
        .map(
            why ->
                Problem.of(
                    422,
                    "invalid-text",
                    "Invalid text",
                    "'" + field + "' holds " + why + "; send plain text",
                    field));
  }

  /**
   * A 422 problem naming {@code field} when {@code value} (null passes) is longer than {@code
   * maxLength} UTF-16 code units, the length a database column of {@code VARCHAR(maxLength)} holds
   * in every supported database.
   */
  public static Optional<Problem> fits(String value, String field, int maxLength) {
    if (value == null || value.length() <= maxLength) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.of(
            422,
            "too-long",
            "Value too long",
            "'" + field + "' holds at most " + maxLength + " characters, got " + value.length(),
            field));
  }
}
