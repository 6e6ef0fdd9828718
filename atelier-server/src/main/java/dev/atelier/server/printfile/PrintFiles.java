package dev.atelier.server.printfile;

import java.util.Objects;

/**
 * The print-ready files of one print area: a PNG at {@link PrintFileRenderer#DPI} with its
 * resolution recorded, and a PDF of the area's size with an sRGB output intent. Immutable (the
 * bytes are not copied; nobody changes them).
 *
 * @param area the print area's id
 * @param png the PNG file
 * @param pdf the PDF file
 * @param widthPx the PNG's width in pixels (the area's width at 300 dpi)
 * @param heightPx the PNG's height in pixels
 */
public record PrintFiles(String area, byte[] png, byte[] pdf, int widthPx, int heightPx) {

  public PrintFiles {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(png, "png");
    Objects.requireNonNull(pdf, "pdf");
  }
}
