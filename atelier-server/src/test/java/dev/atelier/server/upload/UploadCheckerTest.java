package dev.atelier.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Uploads checked by content: the good ones cleaned, the hostile ones refused naming the field. */
class UploadCheckerTest {
  private final UploadChecker checker = new UploadChecker(UploadLimits.DEFAULT);

  static byte[] png(int w, int h, boolean photo) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.RED);
    g.fillRect(w / 4, h / 4, w / 2, h / 2);
    if (photo) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          img.setRGB(x, y, (x * 255 / w) << 16 | (y * 255 / h) << 8 | ((x + y) % 256));
        }
      }
    }
    return encode(img, "png");
  }

  static byte[] encode(BufferedImage img, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private UploadVerdict.Refused refused(byte[] body, String type) {
    UploadVerdict v = checker.check(body, type);
    assertThat(v).isInstanceOf(UploadVerdict.Refused.class);
    return (UploadVerdict.Refused) v;
  }

  @Test
  void aPngIsTakenWithItsSizeColoursAndHash() {
    UploadVerdict v = checker.check(png(120, 80, false), "image/png");
    UploadVerdict.Accepted a = (UploadVerdict.Accepted) v;
    assertThat(a.kind()).isEqualTo(ArtworkKind.PNG);
    assertThat(a.widthPx()).isEqualTo(120);
    assertThat(a.heightPx()).isEqualTo(80);
    assertThat(a.colours()).isEqualTo(2);
    assertThat(a.photo()).isFalse();
    assertThat(a.sha256()).hasSize(64).isEqualTo(UploadChecker.sha256(a.bytes()));
    UploadVerdict.Accepted photo =
        (UploadVerdict.Accepted) checker.check(png(64, 64, true), "image/png");
    assertThat(photo.photo()).isTrue();
    assertThat(photo.colours()).isEqualTo(65);
  }

  @Test
  void exifIsStrippedFromAJpeg() {
    BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    byte[] jpeg = encode(img, "jpeg");
    byte[] exif = "Exif\0\0GPS 52.52N 13.40E secret-camera".getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer withExif = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
    withExif.put(jpeg, 0, 2).put((byte) 0xff).put((byte) 0xe1).putShort((short) (exif.length + 2));
    withExif.put(exif).put(jpeg, 2, jpeg.length - 2);
    UploadVerdict.Accepted a =
        (UploadVerdict.Accepted) checker.check(withExif.array(), "image/jpeg");
    assertThat(a.kind()).isEqualTo(ArtworkKind.JPEG);
    assertThat(new String(a.bytes(), StandardCharsets.ISO_8859_1))
        .doesNotContain("Exif")
        .doesNotContain("secret-camera");
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeaderBeforeDecoding() {
    byte[] bomb = pngHeaderOnly(100_000, 100_000);
    UploadVerdict.Refused r = refused(bomb, "image/png");
    assertThat(r.field()).isEqualTo("file");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.reason()).contains("100000 x 100000 pixels");
    assertThat(refused(pngHeaderOnly(9000, 10), "image/png").reason()).contains("9000 x 10");
  }

  @Test
  void hugeJpegDimensionsAreRefusedFromTheFrameHeader() {
    byte[] sof = {
      (byte) 0xff,
      (byte) 0xd8,
      (byte) 0xff,
      (byte) 0xc0,
      0,
      17,
      8,
      (byte) 0xea,
      0x60,
      (byte) 0xea,
      0x60,
      3,
      1,
      0x22,
      0,
      2,
      0x11,
      1,
      3,
      0x11,
      1,
      (byte) 0xff,
      (byte) 0xd9
    };
    assertThat(refused(sof, "image/jpeg").reason()).contains("60000 x 60000");
  }

  @Test
  void polyglotsAndOtherTypesAreRefused() {
    byte[] png = png(10, 10, false);
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    byte[] both = ByteBuffer.allocate(png.length + html.length).put(png).put(html).array();
    assertThat(refused(both, "image/png").reason()).contains("after the image's end");
    assertThat(refused("GIF89a<script>".getBytes(StandardCharsets.UTF_8), "image/gif").status())
        .isEqualTo(415);
    assertThat(refused("PK\3\4zip".getBytes(StandardCharsets.UTF_8), "").field()).isEqualTo("file");
    assertThat(refused(new byte[0], "image/png").reason()).contains("empty");
  }

  @Test
  void aContentTypeThatDisagreesWithTheContentIsRefusedNamingIt() {
    UploadVerdict.Refused r = refused(png(10, 10, false), "image/jpeg");
    assertThat(r.field()).isEqualTo("contentType");
    assertThat(r.status()).isEqualTo(415);
    assertThat(checker.check(png(10, 10, false), "application/octet-stream"))
        .isInstanceOf(UploadVerdict.Accepted.class);
  }

  @Test
  void tooManyBytesAreRefused() {
    UploadChecker small = new UploadChecker(new UploadLimits(100, 8000, 1_000_000));
    UploadVerdict v = small.check(png(200, 200, true), "image/png");
    assertThat(((UploadVerdict.Refused) v).status()).isEqualTo(413);
  }

  @Test
  void aSixteenBitPngWhosePixelsWouldTakeTooMuchMemoryIsRefusedBeforeDecoding() {
    // 8000 x 5000 RGBA at 16 bits a sample: 320 MB decoded from a file of a few hundred KB.
    UploadVerdict.Refused r = refused(pngHeaderOnly(8000, 5000, 16, 6), "image/png");
    assertThat(r.field()).isEqualTo("file");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.reason()).contains("320000000 bytes decoded");
    // The same size at 8 bits RGB (120 MB) is within the memory bound; only its pixels fail here.
    assertThat(refused(pngHeaderOnly(8000, 5000, 8, 2), "image/png").reason())
        .doesNotContain("bytes decoded");
  }

  /** A PNG signature and IHDR claiming w x h, then one tiny IDAT and IEND. */
  static byte[] pngHeaderOnly(int w, int h) {
    return pngHeaderOnly(w, h, 8, 2);
  }

  /** A PNG header claiming w x h at {@code depth} bits in colour type {@code type}. */
  static byte[] pngHeaderOnly(int w, int h, int depth, int type) {
    ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12 + 10 + 12);
    b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(
        b,
        "IHDR",
        ByteBuffer.allocate(13)
            .putInt(w)
            .putInt(h)
            .put((byte) depth)
            .put((byte) type)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0)
            .array());
    chunk(b, "IDAT", new byte[] {0x78, (byte) 0x9c, 3, 0, 0, 0, 0, 1, 0, 0});
    chunk(b, "IEND", new byte[0]);
    return b.array();
  }

  static void chunk(ByteBuffer b, String type, byte[] data) {
    b.putInt(data.length);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    b.put(t).put(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    b.putInt((int) crc.getValue());
  }
}
