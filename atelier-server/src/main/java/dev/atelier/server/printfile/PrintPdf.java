package dev.atelier.server.printfile;

import dev.atelier.formats.print.PrintArea;
import dev.atelier.server.http.Nullable;
import java.awt.Color;
import java.awt.Shape;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * A print file's PDF: one page of the area's size carrying the rendered image, the text as filled
 * paths (no font) and an sRGB output intent.
 */
final class PrintPdf {

  /** The output intent's condition: the colour space the files are in. */
  static final String SRGB = "sRGB IEC61966-2.1";

  private static final double POINTS_PER_MM = PrintUnits.POINTS_PER_MM;

  private PrintPdf() {}

  /** The PDF, or null when the render was stopped. */
  static @Nullable byte[] of(
      PrintArea area,
      @Nullable BufferedImage image,
      @Nullable Shape text,
      Color colour,
      int widthPx) {
    try (PDDocument doc = new PDDocument()) {
      float w = (float) (area.widthMm() * POINTS_PER_MM);
      float h = (float) (area.heightMm() * POINTS_PER_MM);
      PDPage page = new PDPage(new PDRectangle(w, h));
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        if (image != null) {
          java.util.Optional<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject> xobject =
              PdfImage.of(doc, image);
          if (xobject.isEmpty()) {
            return null;
          }
          content.drawImage(xobject.get(), 0, 0, w, h);
        }
        if (text != null) {
          content.setNonStrokingColor(colour);
          path(content, text, w / widthPx, h);
          content.fill();
        }
      }
      byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
      PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
      intent.setInfo(SRGB);
      intent.setOutputCondition(SRGB);
      intent.setOutputConditionIdentifier(SRGB);
      intent.setRegistryName("http://www.color.org");
      doc.getDocumentCatalog().addOutputIntent(intent);
      doc.getDocumentInformation().setTitle("Print file: " + area.label().in("en"));
      doc.getDocumentInformation().setCreator("Atelier");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code shape} (pixels, y down) as a PDF path: scaled by {@code scale} to points, y up from a
   * page {@code pageHeight} tall; quadratic segments become cubic ones.
   */
  private static void path(PDPageContentStream out, Shape shape, float scale, float pageHeight)
      throws IOException {
    float[] c = new float[6];
    float lastX = 0;
    float lastY = 0;
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      for (int i = 0; i < 6; i += 2) {
        c[i] *= scale;
        c[i + 1] = pageHeight - c[i + 1] * scale;
      }
      switch (type) {
        case PathIterator.SEG_MOVETO -> out.moveTo(c[0], c[1]);
        case PathIterator.SEG_LINETO -> out.lineTo(c[0], c[1]);
        case PathIterator.SEG_QUADTO ->
            out.curveTo(
                lastX + 2f / 3 * (c[0] - lastX),
                lastY + 2f / 3 * (c[1] - lastY),
                c[2] + 2f / 3 * (c[0] - c[2]),
                c[3] + 2f / 3 * (c[1] - c[3]),
                c[2],
                c[3]);
        case PathIterator.SEG_CUBICTO -> out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
        default -> out.closePath();
      }
      switch (type) {
        case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> {
          lastX = c[0];
          lastY = c[1];
        }
        case PathIterator.SEG_QUADTO -> {
          lastX = c[2];
          lastY = c[3];
        }
        case PathIterator.SEG_CUBICTO -> {
          lastX = c[4];
          lastY = c[5];
        }
        default -> {}
      }
    }
  }
}
