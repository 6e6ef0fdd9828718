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
   * A 422 problem naming {@code field} when {@code text} (not null) holds nothing but spaces
   * (no-break ones included), a control character (line breaks and tabs allowed when {@code
   * multiLine}), a bidirectional control or an invisible character ({@link PlainText#problem}).
   */
  public static Optional<Problem> plain(String text, String field, boolean multiLine) {
    if (!text.isEmpty() && text.codePoints().allMatch(TextFields::isSpace)) {
      return Optional.of(
          Problem.of(
              422,
              "invalid-text",
              "Invalid text",
              "'" + field + "' holds only spaces; write something or leave it out",
              field));
    }
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

  /** Spaces of every kind, the no-break ones (U+00A0, U+2007, U+202F) and line breaks included. */
  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
