package dev.atelier.server.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/** Pictures the tests upload as a shopper would, and their PNG bytes. */
public final class TestImages {

  private TestImages() {}

  /** A 240 × 300 px {@link #photoLike} picture written as a PNG to target/{folder}/{name}. */
  public static Path photoPng(String folder, String name) throws IOException {
    Path file = Files.createDirectories(Path.of("target", folder)).resolve(name);
    ImageIO.write(photoLike(240, 300), "png", file.toFile());
    return file;
  }

  /** {@code image} encoded as a PNG file's bytes. */
  public static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A continuous-tone picture: a colour gradient with noise (thousands of distinct colours). */
  public static BufferedImage photoLike(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(17);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int r = Math.min(255, x * 255 / width + random.nextInt(24));
        int g = Math.min(255, y * 255 / height + random.nextInt(24));
        int b = Math.min(255, 128 + (x - y) / 4 + random.nextInt(24));
        image.setRGB(x, y, (r << 16) | (g << 8) | Math.max(0, b));
      }
    }
    return image;
  }
}
