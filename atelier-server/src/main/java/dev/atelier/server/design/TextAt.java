package dev.atelier.server.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.NumberRange;

/**
 * Where the shopper placed a print area's personalization text: the centre of the text block in
 * millimetres from the area's top-left corner (y down), as on the design surface, and how far the
 * block is turned about that centre. The print file draws the text centred there, turned. Immutable
 * and thread-safe.
 *
 * @param x millimetres from the area's left edge, 0 to {@link PrintArea#MAX_MM} (and inside the
 *     area's safe rectangle: {@link TextPlacement})
 * @param y millimetres from the area's top edge, 0 to {@link PrintArea#MAX_MM}
 * @param rotation degrees clockwise, 0..359, or null for 0 (left out of the JSON then)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextAt(
    @NumberRange(min = 0, max = PrintArea.MAX_MM) double x,
    @NumberRange(min = 0, max = PrintArea.MAX_MM) double y,
    @NumberRange(min = 0, max = 359) @Nullable Integer rotation) {

  /** A text placed at ({@code x}, {@code y}), not turned. */
  public TextAt(double x, double y) {
    this(x, y, null);
  }

  /** The rotation, 0 when not given. */
  public int degrees() {
    return rotation == null ? 0 : rotation;
  }
}
