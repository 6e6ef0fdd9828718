package dev.atelier.server.upload;

import dev.atelier.server.http.Nullable;
import org.w3c.dom.Element;

/** How big an SVG says it is: its viewBox checked, its size in pixels read. */
final class SvgGeometry {

  private SvgGeometry() {}

  /**
   * Whether {@code box} is four finite numbers of sane magnitude with a positive width and height.
   */
  static boolean viewBox(String box) {
    String[] parts = box.split("[\\s,]+");
    if (parts.length != 4) {
      return false;
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i]);
      } catch (NumberFormatException e) {
        return false;
      }
      if (!Double.isFinite(v[i]) || Math.abs(v[i]) > 1e7) {
        return false;
      }
    }
    return v[2] >= 0.001 && v[3] >= 0.001;
  }

  /**
   * The document's size in whole pixels: its width and height attributes, else its viewBox's; null
   * when neither gives a size from 1 to 100,000.
   */
  static @Nullable int[] size(Element root) {
    Integer w = number(root.getAttribute("width"));
    Integer h = number(root.getAttribute("height"));
    if (w != null && h != null) {
      return new int[] {w, h};
    }
    String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
    if (box.length == 4) {
      Integer bw = number(box[2]);
      Integer bh = number(box[3]);
      if (bw != null && bh != null) {
        return new int[] {bw, bh};
      }
    }
    return null;
  }

  private static @Nullable Integer number(String s) {
    String digits = s.trim().replaceAll("(px)?$", "");
    try {
      double v = Double.parseDouble(digits);
      return v >= 1 && v <= 100_000 ? (int) Math.round(v) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
