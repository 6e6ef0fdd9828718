package dev.atelier.server.printfile;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Personalization text as outlines: the glyphs of the shipped OFL font (Liberation Sans Regular
 * 2.1.5, {@code fonts/LiberationSans-Regular.ttf}) turned into shapes, so the print files carry
 * paths and no font. Thread-safe.
 */
public final class TextOutlines {
  /** The font file on the class path, with its licence beside it ({@code fonts/OFL.txt}). */
  public static final String FONT = "/fonts/LiberationSans-Regular.ttf";

  private static final Font BASE = load();
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
  private static final Font FONT_1000 = BASE.deriveFont(1000f);
  private static final double CAP_1000 =
      -FONT_1000.createGlyphVector(CONTEXT, "H").getVisualBounds().getY();

  private TextOutlines() {}

  private static Font load() {
    try (InputStream in = TextOutlines.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("the font " + FONT + " is missing");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("the font " + FONT + " is not readable", e);
    }
  }

  /**
   * The capital height {@code text} gets when asked for {@code capHeight} and held to {@code
   * maxWidth}: {@code capHeight}, or less when the line would be wider.
   */
  public static double fittedCap(String text, double capHeight, double maxWidth) {
    double width = FONT_1000.createGlyphVector(CONTEXT, text).getLogicalBounds().getWidth();
    return width * capHeight / CAP_1000 > maxWidth && width > 0
        ? maxWidth * CAP_1000 / width
        : capHeight;
  }

  /** The width {@code text} takes with capitals {@code capHeight} tall (the same unit). */
  public static double advance(String text, double capHeight) {
    return FONT_1000.createGlyphVector(CONTEXT, text).getLogicalBounds().getWidth()
        * capHeight
        / CAP_1000;
  }

  /**
   * The outline of {@code text} whose capital letters are {@code capHeight} tall (any unit; the
   * shape is in the same unit, y down), centred on {@code centreX} with its baseline at {@code
   * baselineY}, no wider than {@code maxWidth} (scaled down to fit).
   */
  public static Shape outline(
      String text, double capHeight, double centreX, double baselineY, double maxWidth) {
    GlyphVector glyphs = FONT_1000.createGlyphVector(CONTEXT, text);
    Rectangle2D bounds = glyphs.getLogicalBounds();
    double scale = fittedCap(text, capHeight, maxWidth) / CAP_1000;
    AffineTransform t = new AffineTransform();
    t.translate(centreX - bounds.getCenterX() * scale, baselineY);
    t.scale(scale, scale);
    return t.createTransformedShape(glyphs.getOutline());
  }
}
