package dev.atelier.server.http;

import dev.atelier.engine.model.PlainText;
import java.util.Optional;

/**
 * The check of free text a person typed that the server stores (wishes, notes): a 422 naming the
 * request field. The Unicode rules themselves are {@link PlainText}'s; every string of a JSON body
 * is already well-formed ({@link JsonBodies}). Identifiers and values are bounded by the catalogue
 * instead (known ids only, integers in canonical form). Stateless.
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
}
