package dev.atelier.server.upload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * An image's bytes without their metadata, copied segment by segment (JPEG) or chunk by chunk (PNG)
 * without decoding a pixel: EXIF, XMP, comments, texts, times and every unknown part dropped; kept
 * only what draws the picture (a JPEG's tables, frame and scans, its JFIF, Adobe colour-transform
 * and ICC segments; a PNG's critical chunks and its colour chunks). The pixels are the uploader's
 * own, not re-encoded. Empty when the structure is broken.
 */
final class MetadataStrip {
  private MetadataStrip() {}

  private static final Set<String> PNG_KEPT =
      Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT");

  private static final int SOS = 0xda;
  private static final int EOI = 0xd9;

  /** {@code b} (a PNG or a JPEG, as {@code kind} says) without its metadata. */
  static Optional<byte[]> of(ArtworkKind kind, byte[] b) {
    return kind == ArtworkKind.PNG ? png(b) : jpeg(b);
  }

  private static Optional<byte[]> png(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    out.write(b, 0, 8); // the signature
    int i = 8;
    while (i + 12 <= b.length) {
      long length = ContentSniffer.u32(b, i);
      long next = i + 12 + length;
      if (next > b.length) {
        return Optional.empty();
      }
      String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
      if (PNG_KEPT.contains(type)) {
        out.write(b, i, (int) (next - i));
      }
      if (type.equals("IEND")) {
        return Optional.of(out.toByteArray());
      }
      i = (int) next;
    }
    return Optional.empty();
  }

  private static Optional<byte[]> jpeg(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    out.write(b, 0, 2); // SOI
    int i = 2;
    while (i + 1 < b.length) {
      if ((b[i] & 0xff) != 0xff || (b[i + 1] & 0xff) == 0xff) {
        i++; // stray bytes and fill before a marker, skipped as decoders do
        continue;
      }
      int marker = b[i + 1] & 0xff;
      if (marker == EOI) {
        out.write(b, i, 2);
        return Optional.of(out.toByteArray());
      }
      if (i + 4 > b.length) {
        return Optional.empty();
      }
      int end = i + 2 + (((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff));
      if (end > b.length) {
        return Optional.empty();
      }
      if (kept(marker, b, i + 4, end)) {
        out.write(b, i, end - i);
      }
      i = end;
      if (marker == SOS) {
        int data = i;
        i = scanEnd(b, i);
        out.write(b, data, i - data);
      }
    }
    return Optional.empty();
  }

  /** Whether the segment {@code marker} with payload {@code b[from, to)} draws the picture. */
  private static boolean kept(int marker, byte[] b, int from, int to) {
    if (marker == 0xfe) {
      return false; // COM
    }
    if (marker < 0xe1 || marker > 0xef) {
      return true; // tables, frames, scans, restarts, APP0 (JFIF)
    }
    return (marker == 0xe2 && startsWith(b, from, to, "ICC_PROFILE\0"))
        || (marker == 0xee && startsWith(b, from, to, "Adobe"));
  }

  /** Where the entropy-coded data starting at {@code i} ends: the next marker but RSTn. */
  private static int scanEnd(byte[] b, int i) {
    for (int j = i; j + 1 < b.length; j++) {
      int next = b[j + 1] & 0xff;
      if ((b[j] & 0xff) == 0xff && next != 0 && next != 0xff && (next < 0xd0 || next > 0xd7)) {
        return j;
      }
    }
    return b.length;
  }

  private static boolean startsWith(byte[] b, int from, int to, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
    return to - from >= p.length && Arrays.equals(b, from, from + p.length, p, 0, p.length);
  }
}
