package dev.atelier.server.printfile;

import java.awt.image.BufferedImage;
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

/** A print file's PNG: the rendered area with its resolution in the {@code pHYs} chunk. */
final class PrintPng {

  private PrintPng() {}

  /**
   * {@code image} as a PNG at {@link PrintUnits#DPI} dpi; cut short once the render was stopped.
   */
  static byte[] of(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      IIOMetadata meta =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
      // The pHYs chunk in the PNG's own tree (the standard tree's pixel size is mis-converted by
      // the JDK's PNG writer): pixels per metre.
      String perMetre = Long.toString(PrintUnits.pixelsPerMetre());
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
}
