package dev.atelier.server.printfile;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;

/**
 * Paints into a canvas in horizontal bands, each clipped to its rows, and looks at the render's
 * stop flag ({@link RenderWatchdog#stopped}) between bands: one Java2D call over a whole
 * 24-megapixel area (a bicubic rotated photo, a long text) cannot be interrupted, a band of {@value
 * #ROWS} rows takes a few tens of milliseconds. Java2D only computes the pixels inside the clip, so
 * the bands cost no more than one call. Stateless and thread-safe.
 */
final class Bands {
  /** Rows per band. */
  static final int ROWS = 128;

  private Bands() {}

  /**
   * Runs {@code paint} once per band of {@code canvas} with antialiasing and bicubic interpolation
   * on and the clip set to the band; false when the render was stopped before the last band.
   */
  static boolean paint(BufferedImage canvas, Consumer<Graphics2D> paint) {
    for (int y = 0; y < canvas.getHeight(); y += ROWS) {
      if (RenderWatchdog.stopped()) {
        return false;
      }
      Graphics2D g = graphics(canvas);
      try {
        g.clipRect(0, y, canvas.getWidth(), Math.min(ROWS, canvas.getHeight() - y));
        paint.accept(g);
      } finally {
        g.dispose();
      }
    }
    return !RenderWatchdog.stopped();
  }

  /** Graphics on {@code canvas} with antialiasing and bicubic interpolation on; to dispose. */
  static Graphics2D graphics(BufferedImage canvas) {
    Graphics2D g = canvas.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    return g;
  }
}
