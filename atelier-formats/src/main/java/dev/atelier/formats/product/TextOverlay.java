package dev.atelier.formats.product;

import java.util.Objects;

/**
 * Where the text of a text attribute (a monogram) is drawn on the product picture. Immutable and
 * thread-safe.
 *
 * @param attribute the text attribute id
 * @param x horizontal position of the text's anchor, in canvas units
 * @param y vertical position of the text's baseline, in canvas units
 * @param z stacking order among the layers
 * @param font the CSS font family
 * @param size the font size in canvas units
 * @param colour the CSS text colour
 */
public record TextOverlay(
    String attribute, int x, int y, int z, String font, int size, String colour) {

  public TextOverlay {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(font, "font");
    Objects.requireNonNull(colour, "colour");
  }
}
