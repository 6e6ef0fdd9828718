package dev.atelier.server.printfile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A canvas as a PDF image: its colours as a Flate-compressed RGB stream with its alpha as a soft
 * mask, both compressed here row by row, looking at the render's stop flag ({@link
 * RenderWatchdog#stopped}) every {@value #ROWS} rows. PDFBox's {@code LosslessFactory} does the
 * same work in one call that cannot be stopped (seconds for a 24-megapixel area). Stateless and
 * thread-safe.
 */
final class PdfImage {
  private static final int ROWS = 64;

  private PdfImage() {}

  /** {@code canvas} as an image of {@code doc}; empty when the render was stopped. */
  static Optional<PDImageXObject> of(PDDocument doc, BufferedImage canvas) throws IOException {
    int w = canvas.getWidth();
    int h = canvas.getHeight();
    ByteArrayOutputStream rgb = new ByteArrayOutputStream();
    ByteArrayOutputStream alpha = new ByteArrayOutputStream();
    int[] row = new int[w];
    byte[] colours = new byte[3 * w];
    byte[] alphas = new byte[w];
    try (DeflaterOutputStream rgbOut = new DeflaterOutputStream(rgb);
        DeflaterOutputStream alphaOut = new DeflaterOutputStream(alpha)) {
      for (int y = 0; y < h; y++) {
        if (y % ROWS == 0 && RenderWatchdog.stopped()) {
          return Optional.empty();
        }
        canvas.getRGB(0, y, w, 1, row, 0, w); // non-premultiplied ARGB, whatever the canvas
        for (int x = 0; x < w; x++) {
          int p = row[x];
          colours[3 * x] = (byte) (p >>> 16);
          colours[3 * x + 1] = (byte) (p >>> 8);
          colours[3 * x + 2] = (byte) p;
          alphas[x] = (byte) (p >>> 24);
        }
        rgbOut.write(colours);
        alphaOut.write(alphas);
      }
    }
    PDImageXObject image = xobject(doc, rgb, w, h, PDDeviceRGB.INSTANCE);
    image
        .getCOSObject()
        .setItem(COSName.SMASK, xobject(doc, alpha, w, h, PDDeviceGray.INSTANCE).getCOSObject());
    return Optional.of(image);
  }

  private static PDImageXObject xobject(
      PDDocument doc,
      ByteArrayOutputStream deflated,
      int w,
      int h,
      org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace space)
      throws IOException {
    return new PDImageXObject(
        doc,
        new ByteArrayInputStream(deflated.toByteArray()),
        COSName.FLATE_DECODE,
        w,
        h,
        8,
        space);
  }
}
