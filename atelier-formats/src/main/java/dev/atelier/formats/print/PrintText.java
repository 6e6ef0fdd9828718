package dev.atelier.formats.print;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The personalization text a print area carries and how it looks: the model's text attributes drawn
 * there (one line each, in order), when the text goes here (a place attribute whose value is the
 * area's id), its capital height (a number of millimetres, or fitted to the safe area), its colour
 * (an enum attribute whose values name colours) and where in the safe area it sits. Immutable.
 *
 * @param attributes the text attributes, one line each, at least one
 * @param place an enum attribute that puts the text on this area when its value is the area's id;
 *     empty: the text always goes here
 * @param sizeMm the capital height in millimetres, at least {@link PrintArea#MIN_TEXT_MM}, or
 *     {@link #FIT} (the largest that fits the safe area); a decided {@code <area>_text_mm} wins
 * @param colourAttribute an enum attribute whose value picks the colour; empty: {@link #BLACK}
 * @param colours the colour (#rrggbb) of each value of the colour attribute, in file order
 * @param position where the lines sit in the safe area
 */
public record PrintText(
    List<String> attributes,
    Optional<String> place,
    int sizeMm,
    Optional<String> colourAttribute,
    Map<String, String> colours,
    Position position) {

  /** {@link #sizeMm} for text fitted to the safe area; written {@code fit}. */
  public static final int FIT = 0;

  /** The colour of text without a colour attribute (or of a value without a colour). */
  public static final String BLACK = "#000000";

  /** How wide a capital letter may be, per millimetre of its height (Liberation Sans "W": 1.3). */
  public static final double WIDTH_PER_HEIGHT = 1.3;

  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

  /** Where the lines sit in the safe area, horizontally centred. */
  public enum Position {
    TOP,
    CENTRE,
    BOTTOM;

    /** The id in model files: {@code top}, {@code centre}, {@code bottom}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The position with this id, if any. */
    public static Optional<Position> byId(String id) {
      for (Position p : values()) {
        if (p.id().equals(id)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  public PrintText {
    attributes = List.copyOf(attributes);
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(colourAttribute, "colourAttribute");
    colours = Collections.unmodifiableMap(new LinkedHashMap<>(colours));
    Objects.requireNonNull(position, "position");
    if (attributes.isEmpty()) {
      throw new IllegalArgumentException("no text attribute");
    }
    if (sizeMm != FIT && sizeMm < PrintArea.MIN_TEXT_MM) {
      throw new IllegalArgumentException("text size " + sizeMm);
    }
    if (colourAttribute.isEmpty() && !colours.isEmpty()) {
      throw new IllegalArgumentException("colours without a colour attribute");
    }
    for (String c : colours.values()) {
      if (!isColour(c)) {
        throw new IllegalArgumentException("colour " + c);
      }
    }
  }

  /** Whether {@code text} is a colour as the model writes it: {@code #rrggbb}. */
  public static boolean isColour(String text) {
    return HEX.matcher(text).matches();
  }

  /** The colour for the colour attribute's value {@code value} ({@link #BLACK} for none). */
  public String colourOf(Optional<String> value) {
    return value.map(v -> colours.getOrDefault(v, BLACK)).orElse(BLACK);
  }

  /** Whether the size is fitted to the safe area. */
  public boolean fitted() {
    return sizeMm == FIT;
  }
}
