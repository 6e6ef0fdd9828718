package dev.atelier.server.upload;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells the artwork kind and raster size from the first bytes, before anything is decoded: PNG by
 * its signature and IHDR, JPEG by SOI and the first SOFn frame header, SVG by an XML or svg start.
 */
final class ContentSniffer {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private ContentSniffer() {}

  /**
   * Width, height and bytes a pixel takes decoded, from the header.
   *
   * @param width pixels across
   * @param height pixels down
   * @param bytesPerPixel bytes of one decoded pixel (samples times bytes a sample)
   */
  record Size(long width, long height, int bytesPerPixel) {
    /** The bytes the decoded pixels take. */
    long decodedBytes() {
      return width * height * bytesPerPixel;
    }
  }

  static Optional<ArtworkKind> kind(byte[] b) {
    if (startsWith(b, PNG)) {
      return Optional.of(ArtworkKind.PNG);
    }
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return Optional.of(ArtworkKind.JPEG);
    }
    String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.UTF_8).stripLeading();
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1).stripLeading();
    }
    if (head.startsWith("<?xml") || head.startsWith("<svg")) {
      return Optional.of(ArtworkKind.SVG);
    }
    return Optional.empty();
  }

  /** The raster size from the header, or empty when the header is unreadable. */
  static Optional<Size> rasterSize(ArtworkKind kind, byte[] b) {
    return kind == ArtworkKind.PNG ? pngSize(b) : jpegSize(b);
  }

  /**
   * Whether bytes follow the image's end (PNG: after the IEND chunk; JPEG: after the last EOI
   * marker): the mark of a polyglot that is also another kind of file.
   */
  static boolean trailingData(ArtworkKind kind, byte[] b) {
    if (kind == ArtworkKind.JPEG) {
      return b.length < 2 || (b[b.length - 2] & 0xff) != 0xff || (b[b.length - 1] & 0xff) != 0xd9;
    }
    int i = 8;
    while (i + 12 <= b.length) {
      long length = u32(b, i);
      boolean end = b[i + 4] == 'I' && b[i + 5] == 'E' && b[i + 6] == 'N' && b[i + 7] == 'D';
      long next = i + 12 + length;
      if (next > b.length) {
        return true;
      }
      if (end) {
        return next != b.length;
      }
      i = (int) next;
    }
    return true;
  }

  private static Optional<Size> pngSize(byte[] b) {
    // signature (8), length (4), "IHDR" (4), width (4), height (4)
    if (b.length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
      return Optional.empty();
    }
    int depth = b.length > 25 ? b[24] : 0;
    int samples =
        switch (b.length > 25 ? b[25] : -1) {
          case 0, 3 -> 1; // grey, palette
          case 2 -> 3; // RGB
          case 4 -> 2; // grey with alpha
          case 6 -> 4; // RGBA
          default -> 0;
        };
    if (samples == 0 || depth < 1 || depth > 16) {
      return Optional.empty();
    }
    return Optional.of(new Size(u32(b, 16), u32(b, 20), samples * (depth > 8 ? 2 : 1)));
  }

  private static Optional<Size> jpegSize(byte[] b) {
    int i = 2;
    while (i + 9 < b.length) {
      if ((b[i] & 0xff) != 0xff) {
        return Optional.empty();
      }
      int marker = b[i + 1] & 0xff;
      if (marker == 0xff) {
        i++;
        continue;
      }
      int length = u16(b, i + 2);
      boolean sof =
          marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
      if (sof) {
        int components = Math.max(1, b[i + 9] & 0xff);
        int precision = b[i + 4] & 0xff;
        return Optional.of(
            new Size(u16(b, i + 7), u16(b, i + 5), components * (precision > 8 ? 2 : 1)));
      }
      if (length < 2) {
        return Optional.empty();
      }
      i += 2 + length;
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The big-endian unsigned 32-bit number at {@code b[i]}. */
  static long u32(byte[] b, int i) {
    return ((long) (b[i] & 0xff) << 24)
        | ((b[i + 1] & 0xff) << 16)
        | ((b[i + 2] & 0xff) << 8)
        | (b[i + 3] & 0xff);
  }

  private static int u16(byte[] b, int i) {
    return ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
  }
}
