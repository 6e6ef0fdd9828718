package dev.atelier.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * Personalization text (a monogram, a label). The solver sees it only as "given" or "not given":
 * its single value id is {@link #GIVEN}; the text itself is checked by {@link #accepts(String)}.
 * Immutable and thread-safe.
 *
 * @param id identifier
 * @param label customer-facing label
 * @param maxLength the longest text accepted
 * @param allowedCharacters characters accepted, as a regular-expression character class body
 *     ("A-Za-z0-9 "); empty accepts any printable character
 * @param optional whether the text may be left out
 * @param priceWhenGiven price added when a text is given, in minor units
 */
public record TextAttribute(
    String id,
    LocalizedText label,
    int maxLength,
    String allowedCharacters,
    boolean optional,
    long priceWhenGiven)
    implements Attribute {

  /** The one value id of a text attribute: a text was given. */
  public static final String GIVEN = "given";

  public TextAttribute {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(allowedCharacters, "allowedCharacters");
  }

  /**
   * Whether {@code text} respects the length (in characters: code points) and character limits; it
   * must be {@link PlainText} in any case.
   */
  public boolean accepts(String text) {
    if (text == null
        || text.isEmpty()
        || PlainText.problem(text, false).isPresent()
        || PlainText.length(text) > maxLength) {
      return false;
    }
    String pattern = allowedCharacters.isEmpty() ? "\\P{Cc}" : "[" + allowedCharacters + "]";
    return text.matches("(?:" + pattern + ")+");
  }

  @Override
  public List<String> valueIds() {
    return List.of(GIVEN);
  }

  @Override
  public long priceOf(String valueId) {
    return GIVEN.equals(valueId) ? priceWhenGiven : 0;
  }

  @Override
  public String valueLabel(String valueId, String language) {
    return valueId;
  }
}
