package dev.atelier.server.printfile;

import dev.atelier.formats.print.PrintArea;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

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

  /** The files for {@code artwork} placed on {@code area} as {@code placement} says. */
  public static PrintFiles render(PrintArea area, Placement placement, BufferedImage artwork) {
    BufferedImage canvas = draw(area, placement, artwork);
    return new PrintFiles(
        area.id(), png(canvas), pdf(area, canvas), canvas.getWidth(), canvas.getHeight());
  }

  private static BufferedImage draw(PrintArea area, Placement p, BufferedImage artwork) {
    BufferedImage canvas =
        new BufferedImage(
            pixels(area.widthMm()), pixels(area.heightMm()), BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = canvas.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      double boxW = pixels(p.widthMm());
      double boxH = pixels(p.heightMm());
      double theta = Math.toRadians(p.rotationDeg());
      double cos = Math.abs(Math.cos(theta));
      double sin = Math.abs(Math.sin(theta));
      // The artwork keeps its aspect ratio; rotated, it fits the box.
      double w = artwork.getWidth();
      double h = artwork.getHeight();
      double scale = Math.min(boxW / (w * cos + h * sin), boxH / (w * sin + h * cos));
      AffineTransform t = new AffineTransform();
      t.translate(pixels(p.xMm()) + boxW / 2, pixels(p.yMm()) + boxH / 2);
      t.rotate(theta);
      t.scale(scale, scale);
      t.translate(-w / 2, -h / 2);
      g.drawImage(artwork, t, null);
    } finally {
      g.dispose();
    }
    return canvas;
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

  private static byte[] pdf(PrintArea area, BufferedImage image) {
    try (PDDocument doc = new PDDocument()) {
      float w = (float) (area.widthMm() * POINTS_PER_MM);
      float h = (float) (area.heightMm() * POINTS_PER_MM);
      PDPage page = new PDPage(new PDRectangle(w, h));
      doc.addPage(page);
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(xobject, 0, 0, w, h);
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
