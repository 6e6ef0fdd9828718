package dev.atelier.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The upload check's one sampled decode and metadata strip (session 14) give the verdicts the whole
 * decode and re-encode gave ({@code -Datelier.upload.fullDecode=true}), keep the uploader's pixels
 * and drop what is not the picture.
 */
class UploadSamplingTest {
  private final UploadChecker checker = new UploadChecker(UploadLimits.DEFAULT);

  @Test
  void verdictsAreThoseOfTheWholeDecode() throws IOException {
    Map<String, byte[]> images = new LinkedHashMap<>();
    images.put("flat png", UploadCheckerTest.png(120, 80, false));
    images.put("photo png", UploadCheckerTest.png(1030, 200, true));
    images.put("transparent png", UploadCheckerTest.encode(transparent(300, 200), "png"));
    images.put("grey png", UploadCheckerTest.encode(grey(600, 513), "png"));
    images.put("palette png", UploadCheckerTest.encode(palette(1030, 40), "png"));
    images.put(
        "photo jpeg with exif", withExif(UploadCheckerTest.encode(noise(1100, 200), "jpeg")));
    images.put("flat jpeg", UploadCheckerTest.encode(flat(200, 100), "jpeg"));
    byte[] broken = UploadCheckerTest.png(64, 64, true);
    Arrays.fill(broken, 60, broken.length - 12, (byte) 7); // IDAT garbage, IEND kept
    images.put("broken png", broken);
    for (Map.Entry<String, byte[]> image : images.entrySet()) {
      String type = image.getKey().contains("png") ? "image/png" : "image/jpeg";
      UploadVerdict sampled = checker.check(image.getValue(), type);
      UploadVerdict whole = whole(image.getValue(), type);
      assertThat(describe(sampled)).as(image.getKey()).isEqualTo(describe(whole));
      if (sampled instanceof UploadVerdict.Accepted a) {
        assertThat(pixels(a.bytes()))
            .as(image.getKey() + ": the uploader's pixels")
            .isEqualTo(pixels(image.getValue()));
        assertThat(a.bytes().length).isLessThanOrEqualTo(image.getValue().length);
      }
    }
    assertThat(describe(checker.check(broken, "image/png"))).startsWith("refused");
  }

  @Test
  void pngTextsTimesAndExifChunksAreDropped() {
    byte[] png = UploadCheckerTest.png(50, 40, false);
    byte[] secret = "GPS 52.52N 13.40E secret-camera".getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer b = ByteBuffer.allocate(png.length + 3 * (12 + secret.length));
    b.put(png, 0, 33); // signature and IHDR
    UploadCheckerTest.chunk(b, "tEXt", secret);
    UploadCheckerTest.chunk(b, "eXIf", secret);
    UploadCheckerTest.chunk(b, "zzZz", secret);
    b.put(png, 33, png.length - 33);
    UploadVerdict.Accepted a = (UploadVerdict.Accepted) checker.check(b.array(), "image/png");
    String text = new String(a.bytes(), StandardCharsets.ISO_8859_1);
    assertThat(text).doesNotContain("secret-camera").contains("IHDR").contains("IDAT");
    assertThat(a.bytes()).isEqualTo(png);
  }

  @Test
  void jpegCommentsAndApplicationSegmentsAreDroppedButNotTheColourTransform() {
    byte[] jpeg = UploadCheckerTest.encode(noise(80, 60), "jpeg");
    byte[] comment = "secret-comment".getBytes(StandardCharsets.ISO_8859_1);
    byte[] adobe = {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 1};
    ByteBuffer b = ByteBuffer.allocate(jpeg.length + 2 * 4 + comment.length + adobe.length);
    b.put(jpeg, 0, 2);
    b.put((byte) 0xff).put((byte) 0xfe).putShort((short) (comment.length + 2)).put(comment);
    b.put((byte) 0xff).put((byte) 0xee).putShort((short) (adobe.length + 2)).put(adobe);
    b.put(jpeg, 2, jpeg.length - 2);
    UploadVerdict.Accepted a = (UploadVerdict.Accepted) checker.check(b.array(), "image/jpeg");
    String text = new String(a.bytes(), StandardCharsets.ISO_8859_1);
    assertThat(text).doesNotContain("secret-comment").contains("Adobe");
    assertThat(a.bytes().length).isEqualTo(jpeg.length + 4 + adobe.length);
  }

  private UploadVerdict whole(byte[] body, String type) {
    System.setProperty(UploadChecker.FULL_DECODE, "true");
    try {
      return checker.check(body, type);
    } finally {
      System.clearProperty(UploadChecker.FULL_DECODE);
    }
  }

  static String describe(UploadVerdict v) {
    if (v instanceof UploadVerdict.Accepted a) {
      return String.format(
          "accepted %s %dx%d colours %d photo %b",
          a.kind(), a.widthPx(), a.heightPx(), a.colours(), a.photo());
    }
    UploadVerdict.Refused r = (UploadVerdict.Refused) v;
    return "refused " + r.field() + " " + r.status() + " " + r.reason();
  }

  private static int[] pixels(byte[] bytes) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] withExif(byte[] jpeg) {
    byte[] exif = "Exif\0\0GPS 52.52N 13.40E secret-camera".getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer b = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
    b.put(jpeg, 0, 2).put((byte) 0xff).put((byte) 0xe1).putShort((short) (exif.length + 2));
    return b.put(exif).put(jpeg, 2, jpeg.length - 2).array();
  }

  private static BufferedImage noise(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(3);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    return img;
  }

  private static BufferedImage flat(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, w, h);
    return img;
  }

  private static BufferedImage transparent(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    var g = img.createGraphics();
    g.setColor(Color.GREEN);
    g.fillOval(w / 4, h / 4, w / 2, h / 2);
    return img;
  }

  private static BufferedImage grey(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.getRaster().setSample(x, y, 0, (x * 7 + y) % 256);
      }
    }
    return img;
  }

  private static BufferedImage palette(int w, int h) {
    byte[] r = {0, (byte) 255, 0, 0};
    byte[] g = {0, 0, (byte) 255, 0};
    byte[] b = {0, 0, 0, (byte) 255};
    BufferedImage img =
        new BufferedImage(
            w, h, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(2, 4, r, g, b, 0));
    for (int x = 0; x < w; x++) {
      img.getRaster().setSample(x, x % h, 0, 1 + x % 3);
    }
    return img;
  }
}
