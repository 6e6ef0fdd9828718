package dev.atelier.formats.product;

import java.util.Map;
import java.util.Objects;

/**
 * A module slot pictured as a row of boxes side by side (the bays of a shelving wall, the drives of
 * a PC): each present instance is a box {@code width × height} (an instance attribute's number or a
 * fixed number) times {@code scale}, standing on the baseline {@code y} from {@code x} on. The
 * optional {@code shelves} attribute draws that many shelf lines; the optional {@code front}
 * attribute's value picks the box's front from {@code fronts}: {@code open} (none), {@code glass},
 * {@code solid} (panels in the {@code tint} attribute's layer colour) or a colour {@code #rrggbb}.
 * Immutable and thread-safe.
 *
 * @param slot the slot id ({@code bays})
 * @param x left edge of the first box
 * @param y baseline (bottom edge of every box)
 * @param z drawing order among the layers
 * @param scale picture units per unit of width and height
 * @param width the module attribute holding the width ({@code width}), or a number
 * @param height the module attribute holding the height, or a number
 * @param gap picture units between boxes
 * @param shelves the module attribute counting shelves, or empty
 * @param front the module attribute whose value picks the front, or empty
 * @param fronts front style per value of {@code front}
 * @param tint the product attribute whose layer colour fills the boxes, or empty
 */
public record InstanceRow(
    String slot,
    int x,
    int y,
    int z,
    double scale,
    String width,
    String height,
    int gap,
    String shelves,
    String front,
    Map<String, String> fronts,
    String tint) {

  public InstanceRow {
    Objects.requireNonNull(slot, "slot");
    fronts = Map.copyOf(fronts);
  }

  /** Whether {@code spec} (a width or height) is a fixed number rather than an attribute. */
  public static boolean isNumber(String spec) {
    return spec.matches("[0-9]{1,6}");
  }
}
