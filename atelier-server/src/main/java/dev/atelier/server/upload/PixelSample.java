package dev.atelier.server.upload;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What the upload check needs of a raster image's pixels, from one decode that keeps only a grid of
 * at most {@value #GRID} × {@value #GRID} of them: the reader still decodes every row (a broken
 * image fails as before) but never holds the whole picture, so an 8K photo takes a few MiB instead
 * of its 133 MB of pixels (docs/performance.md, session 14). The grid is the one the colours were
 * always counted on, so the count is the same as from the whole image.
 */
record PixelSample(int width, int height, int colours) {
  /** The sample grid's longest run a side. */
  static final int GRID = 512;

  /** Every how many pixels the grid takes along a side of {@code length} pixels. */
  static int step(int length) {
    return Math.max(1, length / GRID);
  }

  /**
   * The image's size (from the decoder) and its distinct colours on the grid, counted up to {@code
   * cap} + 1; empty when it does not decode.
   */
  static Optional<PixelSample> of(byte[] body, int cap) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(body))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true); // as ImageIO.read does
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step(w), step(h), 0, 0);
        BufferedImage grid = reader.read(0, param);
        return grid == null
            ? Optional.empty()
            : Optional.of(new PixelSample(w, h, colours(grid, 1, 1, cap)));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Distinct opaque colours of {@code image} every {@code stepX}, {@code stepY} pixels, counting up
   * to {@code cap} + 1 (at least 1).
   */
  static int colours(BufferedImage image, int stepX, int stepY, int cap) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += stepY) {
      for (int x = 0; x < image.getWidth(); x += stepX) {
        int argb = image.getRGB(x, y);
        if ((argb >>> 24) < 16) {
          continue; // transparent pixels are no ink
        }
        seen.add(argb & 0xffffff);
        if (seen.size() > cap) {
          return seen.size();
        }
      }
    }
    return Math.max(1, seen.size());
  }
}
