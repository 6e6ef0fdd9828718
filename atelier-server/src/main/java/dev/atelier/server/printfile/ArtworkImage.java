package dev.atelier.server.printfile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.ImageInputStream;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * Customer artwork as pixels for the print files: a raster upload decoded as it is, an SVG upload
 * (already sanitised: no scripts, no external references) rendered by Batik at the size it is
 * printed, no longer side than {@value #MAX_SIDE_PX} pixels. Stateless and thread-safe.
 */
public final class ArtworkImage {
  /** The longest side an SVG is rendered at. */
  public static final int MAX_SIDE_PX = 4096;

  private ArtworkImage() {}

  /** A raster upload's pixels; empty when the bytes do not decode. */
  public static Optional<BufferedImage> raster(byte[] bytes) {
    try {
      return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * A raster upload's pixels for drawing at {@code p}: read with source subsampling down to about
   * twice the pixels the placed box takes (every 11th pixel of an 8,000 px photo on a 60 mm box),
   * so a 40-megapixel upload neither takes 160 MB nor feeds the bicubic drawing more than it can
   * use; the reader stops between rows once the render was stopped. Empty when the bytes do not
   * decode or the render was stopped.
   */
  public static Optional<BufferedImage> raster(byte[] bytes, Placement p) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int step = subsampling(PrintFileRenderer.scale(p, reader.getWidth(0), reader.getHeight(0)));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        reader.addIIOReadProgressListener(new AbortWhenStopped());
        BufferedImage image = reader.read(0, param);
        return RenderWatchdog.stopped() ? Optional.empty() : Optional.ofNullable(image);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Every how many pixels to read so that what is read is still at least twice {@code scale}. */
  static int subsampling(double scale) {
    return scale <= 0 || scale >= 0.5 ? 1 : (int) Math.floor(1 / (2 * scale));
  }

  /** Aborts the reader (it checks between rows) once the render was stopped. */
  private static final class AbortWhenStopped implements IIOReadProgressListener {
    @Override
    public void imageProgress(ImageReader source, float percentageDone) {
      if (RenderWatchdog.stopped()) {
        source.abort();
      }
    }

    @Override
    public void sequenceStarted(ImageReader source, int minIndex) {}

    @Override
    public void sequenceComplete(ImageReader source) {}

    @Override
    public void imageStarted(ImageReader source, int imageIndex) {}

    @Override
    public void imageComplete(ImageReader source) {}

    @Override
    public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {}

    @Override
    public void thumbnailProgress(ImageReader source, float percentageDone) {}

    @Override
    public void thumbnailComplete(ImageReader source) {}

    @Override
    public void readAborted(ImageReader source) {}
  }

  /**
   * An SVG upload rendered at {@code widthPx} × {@code heightPx} (scaled down together so that
   * neither exceeds {@link #MAX_SIDE_PX}), transparent where it draws nothing; empty when Batik
   * cannot render it.
   */
  public static Optional<BufferedImage> svg(byte[] bytes, int widthPx, int heightPx) {
    double scale = Math.min(1, (double) MAX_SIDE_PX / Math.max(widthPx, heightPx));
    float w = (float) Math.max(1, Math.round(widthPx * scale));
    float h = (float) Math.max(1, Math.round(heightPx * scale));
    Capture capture = new Capture();
    capture.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, w);
    capture.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, h);
    capture.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
    capture.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOWED_SCRIPT_TYPES, "");
    capture.addTranscodingHint(SVGAbstractTranscoder.KEY_CONSTRAIN_SCRIPT_ORIGIN, Boolean.TRUE);
    capture.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
    try {
      capture.transcode(new TranscoderInput(new ByteArrayInputStream(bytes)), null);
    } catch (TranscoderException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(capture.image);
  }

  /** Keeps the image Batik renders instead of encoding it. */
  private static final class Capture extends ImageTranscoder {
    private @dev.atelier.server.http.Nullable BufferedImage image;

    @Override
    public BufferedImage createImage(int width, int height) {
      return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    }

    @Override
    public void writeImage(BufferedImage img, TranscoderOutput output) {
      this.image = img;
    }
  }
}
