package dev.atelier.server.printfile;

/**
 * The units of the print files: the area's millimetres, the files' resolution ({@value #DPI} dpi)
 * and what it makes of them in pixels, pixels per metre (the PNG's {@code pHYs}) and PDF points.
 */
final class PrintUnits {
  /** Resolution of the print files. */
  static final int DPI = 300;

  static final double MM_PER_INCH = 25.4;

  /** PDF points (1/72 inch) per millimetre. */
  static final double POINTS_PER_MM = 72 / MM_PER_INCH;

  private PrintUnits() {}

  /** Pixels that {@code mm} take at {@link #DPI}. */
  static int pixels(double mm) {
    return (int) Math.round(mm * DPI / MM_PER_INCH);
  }

  /** Pixels per metre at {@link #DPI}. */
  static long pixelsPerMetre() {
    return Math.round(DPI * 1000 / MM_PER_INCH);
  }
}
