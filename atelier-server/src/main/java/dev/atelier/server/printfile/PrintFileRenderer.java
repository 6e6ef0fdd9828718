package dev.atelier.server.printfile;

import dev.atelier.formats.print.PrintArea;
import java.awt.Color;
import java.awt.Shape;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOWriteProgressListener;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Renders a print area with its placed artwork into print-ready files: the whole area at {@value
 * #DPI} dpi, transparent where there is no artwork, as a PNG (resolution in its {@code pHYs} chunk)
 * and as a PDF page of the area's size carrying that image and an sRGB output intent. Stateless and
 * thread-safe.
 */
public final class PrintFileRenderer {
  /** Resolution of the print files. */
  public static final int DPI = 300;

  /** The output intent's condition: the colour space the files are in. */
  public static final String SRGB = "sRGB IEC61966-2.1";

  private static final double MM_PER_INCH = 25.4;
  private static final double POINTS_PER_MM = 72 / MM_PER_INCH;

  private PrintFileRenderer() {}

  /** Pixels that {@code mm} take at {@link #DPI}. */
  public static int pixels(double mm) {
    return (int) Math.round(mm * DPI / MM_PER_INCH);
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
    byte[] pdf = pdf(area, artwork == null ? null : canvas, outline, colour, canvas.getWidth());
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
    byte[] png = png(canvas);
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
        DPI / MM_PER_INCH,
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

  private static byte[] png(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      IIOMetadata meta =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
      // The pHYs chunk in the PNG's own tree (the standard tree's pixel size is mis-converted by
      // the JDK's PNG writer): pixels per metre.
      String perMetre = Long.toString(Math.round(DPI * 1000 / MM_PER_INCH));
      IIOMetadataNode phys = new IIOMetadataNode("pHYs");
      phys.setAttribute("pixelsPerUnitXAxis", perMetre);
      phys.setAttribute("pixelsPerUnitYAxis", perMetre);
      phys.setAttribute("unitSpecifier", "meter");
      IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
      root.appendChild(phys);
      meta.mergeTree("javax_imageio_png_1.0", root);
      writer.setOutput(stream);
      writer.addIIOWriteProgressListener(new AbortWhenStopped());
      writer.write(null, new IIOImage(image, null, meta), null);
    } catch (IIOInvalidTreeException e) {
      throw new IllegalStateException("PNG metadata", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** Aborts the PNG writer (it checks between rows) once the render was stopped. */
  private static final class AbortWhenStopped implements IIOWriteProgressListener {
    @Override
    public void imageProgress(ImageWriter source, float percentageDone) {
      if (RenderWatchdog.stopped()) {
        source.abort();
      }
    }

    @Override
    public void imageStarted(ImageWriter source, int imageIndex) {}

    @Override
    public void imageComplete(ImageWriter source) {}

    @Override
    public void thumbnailStarted(ImageWriter source, int imageIndex, int thumbnailIndex) {}

    @Override
    public void thumbnailProgress(ImageWriter source, float percentageDone) {}

    @Override
    public void thumbnailComplete(ImageWriter source) {}

    @Override
    public void writeAborted(ImageWriter source) {}
  }

  /** The PDF, or null when the render was stopped. */
  private static @dev.atelier.server.http.Nullable byte[] pdf(
      PrintArea area,
      @dev.atelier.server.http.Nullable BufferedImage image,
      @dev.atelier.server.http.Nullable Shape text,
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
}
