package dev.atelier.server.printfile;

import dev.atelier.formats.print.PrintText;
import dev.atelier.server.design.TextAt;
import dev.atelier.server.http.Nullable;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

/**
 * Lays an {@link AreaText} out in a safe area as outlines: the lines stacked with a gap of {@link
 * #GAP} capital heights, horizontally centred, at the top, centre or bottom of the safe area, all
 * in one capital height (the asked one, or the largest that fits for {@link PrintText#FIT}, made
 * smaller where a line would be wider than the area). Stateless.
 */
final class TextLayout {
  /** The gap between lines, in capital heights. */
  static final double GAP = 0.6;

  private TextLayout() {}

  /**
   * The outline of {@code text} in the safe rectangle at ({@code x}, {@code y}), {@code width} ×
   * {@code height} pixels (y down), at {@code pxPerMm} pixels per millimetre; null when blank.
   */
  static @Nullable Shape outline(
      AreaText text, double x, double y, double width, double height, double pxPerMm) {
    return outline(text, x, y, width, height, pxPerMm, 0);
  }

  /**
   * As {@link #outline(AreaText, double, double, double, double, double)}, for an area whose origin
   * is {@code marginPx} left of and above the safe rectangle: a text {@linkplain AreaText#at()
   * placed} by the shopper is centred on that point (mm from the area's corner), shifted back
   * inside the safe rectangle where its block would stick out, and turned about that centre by its
   * rotation (clockwise, y down; the turned block's bounding box is what is held inside).
   */
  static @Nullable Shape outline(
      AreaText text,
      double x,
      double y,
      double width,
      double height,
      double pxPerMm,
      double marginPx) {
    int n = text.lines().size();
    // The block is n capitals and n - 1 gaps tall; a fitted text fills the safe height with it.
    double cap =
        text.heightMm() == PrintText.FIT
            ? height / (n + (n - 1) * GAP)
            : Math.min(text.heightMm() * pxPerMm, height / (n + (n - 1) * GAP));
    for (String line : text.lines()) {
      cap = Math.min(cap, TextOutlines.fittedCap(line, cap, width));
    }
    double block = cap * (n + (n - 1) * GAP);
    TextAt at = text.at();
    double top =
        switch (text.position()) {
          case TOP -> y;
          case CENTRE -> y + (height - block) / 2;
          case BOTTOM -> y + height - block;
        };
    double centre = x + width / 2;
    double turn = at == null ? 0 : Math.toRadians(at.degrees());
    if (at != null) {
      double wide = 0;
      for (String line : text.lines()) {
        wide = Math.max(wide, TextOutlines.advance(line, cap));
      }
      // Held inside by the half extents of the turned block (its own for an unturned text).
      double cos = Math.abs(Math.cos(turn));
      double sin = Math.abs(Math.sin(turn));
      double halfW = (cos * wide + sin * block) / 2;
      double halfH = (sin * wide + cos * block) / 2;
      centre = within(x + at.x() * pxPerMm - marginPx, x + halfW, x + width - halfW);
      double middle = within(y + at.y() * pxPerMm - marginPx, y + halfH, y + height - halfH);
      top = middle - block / 2;
    }
    Path2D.Double out = new Path2D.Double();
    double baseline = top + cap;
    for (String line : text.lines()) {
      if (!line.isBlank()) {
        out.append(TextOutlines.outline(line, cap, centre, baseline, width), false);
      }
      baseline += cap * (1 + GAP);
    }
    if (turn != 0) {
      out.transform(AffineTransform.getRotateInstance(turn, centre, top + block / 2));
    }
    return out.getBounds2D().isEmpty() ? null : out;
  }

  /** {@code v} held between {@code min} and {@code max} (the middle when they cross). */
  private static double within(double v, double min, double max) {
    return min > max ? (min + max) / 2 : Math.max(min, Math.min(max, v));
  }
}
