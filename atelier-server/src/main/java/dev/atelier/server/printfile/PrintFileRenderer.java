package dev.atelier.server.printfile;

import dev.atelier.formats.print.PrintArea;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Renders a print area with its placed artwork into print-ready files: the whole area at {@value
 * #DPI} dpi, transparent where there is no artwork, as a PNG (resolution in its {@code pHYs} chunk)
 * and as a PDF page of the area's size carrying that image and an sRGB output intent. Stateless and
 * thread-safe.
 */
public final class PrintFileRenderer {
  /** Resolution of the print files. */
  public static final int DPI = PrintUnits.DPI;

  /** The output intent's condition: the colour space the files are in. */
  public static final String SRGB = PrintPdf.SRGB;

  private PrintFileRenderer() {}

  /** Pixels that {@code mm} take at {@link #DPI}. */
  public static int pixels(double mm) {
    return PrintUnits.pixels(mm);
  }

  /** The most pixels one area's print file may have (a 1 m × 1 m area would be 139 million). */
  public static final long MAX_PIXELS = 24_000_000L;

  /** The files for {@code artwork} placed on {@code area} as {@code placement} says. */
  public static PrintFiles render(PrintArea area, Placement placement, BufferedImage artwork) {
    return render(area, placement, artwork, null).orElseThrow();
  }

  /**
   * The files of {@code area} with {@code artwork} (null for none) placed as {@code placement} says
   * and {@code text} (null for none) laid out in the safe area ({@link TextLayout}), as outlines:
   * in the PDF as paths over the artwork's image (no font), in the PNG as the same shapes filled.
   * Empty when the area at {@link #DPI} would exceed {@link #MAX_PIXELS}.
   */
  public static java.util.Optional<PrintFiles> render(
      PrintArea area,
      @dev.atelier.server.http.Nullable Placement placement,
      @dev.atelier.server.http.Nullable BufferedImage artwork,
      @dev.atelier.server.http.Nullable AreaText text) {
    if ((long) pixels(area.widthMm()) * pixels(area.heightMm()) > MAX_PIXELS) {
      return java.util.Optional.empty();
    }
    BufferedImage canvas =
        new BufferedImage(
            pixels(area.widthMm()), pixels(area.heightMm()), BufferedImage.TYPE_INT_ARGB);
    // Every step looks at the stop flag: the rasterising ones between bands of rows, the PDF image
    // between rows; a stopped render ends with no files (the worker discards the attempt).
    if (artwork != null && placement != null && !draw(canvas, placement, artwork)) {
      return java.util.Optional.empty();
    }
    Shape outline = text == null ? null : outline(area, text, canvas.getWidth());
    Color colour = text == null ? Color.BLACK : text.colour();
    byte[] pdf =
        PrintPdf.of(area, artwork == null ? null : canvas, outline, colour, canvas.getWidth());
    if (pdf == null) {
      return java.util.Optional.empty();
    }
    if (outline != null
        && !Bands.paint(
            canvas,
            g -> {
              g.setColor(colour);
              g.fill(outline);
            })) {
      return java.util.Optional.empty();
    }
    byte[] png = PrintPng.of(canvas);
    if (RenderWatchdog.stopped()) {
      return java.util.Optional.empty(); // the PNG writer was aborted part-way
    }
    return java.util.Optional.of(
        new PrintFiles(area.id(), png, pdf, canvas.getWidth(), canvas.getHeight()));
  }

  private static @dev.atelier.server.http.Nullable Shape outline(
      PrintArea area, AreaText text, int widthPx) {
    return TextLayout.outline(
        text,
        pixels(area.safeMarginMm()),
        pixels(area.safeMarginMm()),
        widthPx - 2.0 * pixels(area.safeMarginMm()),
        pixels(area.heightMm()) - 2.0 * pixels(area.safeMarginMm()),
        DPI / PrintUnits.MM_PER_INCH,
        pixels(area.safeMarginMm()));
  }

  /** Draws {@code artwork} in its placed box; false when the render was stopped part-way. */
  private static boolean draw(BufferedImage canvas, Placement p, BufferedImage artwork) {
    AffineTransform t = transform(p, artwork);
    return Bands.paint(canvas, g -> g.drawImage(artwork, t, null));
  }

  /** From {@code artwork}'s pixels to the canvas: fitted, turned and centred in its placed box. */
  static AffineTransform transform(Placement p, BufferedImage artwork) {
    double boxW = pixels(p.widthMm());
    double boxH = pixels(p.heightMm());
    double theta = Math.toRadians(p.rotationDeg());
    double w = artwork.getWidth();
    double h = artwork.getHeight();
    double scale = scale(p, artwork.getWidth(), artwork.getHeight());
    AffineTransform t = new AffineTransform();
    t.translate(pixels(p.xMm()) + boxW / 2, pixels(p.yMm()) + boxH / 2);
    t.rotate(theta);
    t.scale(scale, scale);
    t.translate(-w / 2, -h / 2);
    return t;
  }

  /**
   * The factor that fits a {@code widthPx} × {@code heightPx} artwork, turned as {@code p} says,
   * into its placed box at {@link #DPI} (the artwork keeps its aspect ratio).
   */
  static double scale(Placement p, int widthPx, int heightPx) {
    double theta = Math.toRadians(p.rotationDeg());
    double cos = Math.abs(Math.cos(theta));
    double sin = Math.abs(Math.sin(theta));
    double w = widthPx;
    double h = heightPx;
    return Math.min(
        pixels(p.widthMm()) / (w * cos + h * sin), pixels(p.heightMm()) / (w * sin + h * cos));
  }
}
