package dev.atelier.server.upload;

import dev.atelier.server.http.Limits;
import dev.atelier.server.http.WorkGate;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Checks one upload: the type by content (the declared content type must agree), byte size, pixel
 * size from the header before decoding (no decompression bombs), then decodes raster images once
 * keeping a grid of their pixels (PixelSample: it decodes, its colours) and copies them without
 * EXIF and every other metadata (MetadataStrip), or sanitises an SVG. Thread-safe.
 */
public final class UploadChecker {
  /** More distinct colours than this count as a photo (continuous tone). */
  static final int PHOTO_COLOURS = 256;

  private static final int COLOUR_CAP = 65;

  /** The system property restoring the old check (whole decode, re-encode) for measuring. */
  static final String FULL_DECODE = "atelier.upload.fullDecode";

  private final UploadLimits limits;
  private final WorkGate decoders;

  /** A checker within {@code limits} decoding as many images at once as {@code decoders} let. */
  public UploadChecker(UploadLimits limits, WorkGate decoders) {
    this.limits = limits;
    this.decoders = decoders;
  }

  /** A checker within {@code limits} with the default {@link WorkGate}. */
  public UploadChecker(UploadLimits limits) {
    this(limits, WorkGate.of(Limits.Uploads.defaults()));
  }

  /** The verdict on {@code body} sent as {@code contentType} (may be empty when not given). */
  public UploadVerdict check(byte[] body, String contentType) {
    if (body.length == 0) {
      return new UploadVerdict.Refused("file", 422, "the file is empty");
    }
    if (body.length > limits.maxBytes()) {
      return new UploadVerdict.Refused(
          "file", 413, "the file has " + body.length + " bytes; at most " + limits.maxBytes());
    }
    Optional<ArtworkKind> sniffed = ContentSniffer.kind(body);
    if (sniffed.isEmpty()) {
      return new UploadVerdict.Refused("file", 415, "the file is not a PNG, JPEG or SVG image");
    }
    ArtworkKind kind = sniffed.get();
    String declared = contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
    if (!declared.isEmpty()
        && !declared.equals("application/octet-stream")
        && !declared.equals(kind.mediaType())
        && !(kind == ArtworkKind.JPEG && declared.equals("image/jpg"))) {
      return new UploadVerdict.Refused(
          "contentType",
          415,
          "the content type says " + declared + " but the file is " + kind.mediaType());
    }
    return kind.raster() ? raster(kind, body) : svg(body);
  }

  private UploadVerdict raster(ArtworkKind kind, byte[] body) {
    Optional<ContentSniffer.Size> size = ContentSniffer.rasterSize(kind, body);
    if (size.isEmpty()) {
      return new UploadVerdict.Refused("file", 422, "the image header is unreadable");
    }
    long w = size.get().width();
    long h = size.get().height();
    if (w < 1
        || h < 1
        || w > limits.maxSide()
        || h > limits.maxSide()
        || w * h > limits.maxPixels()) {
      return new UploadVerdict.Refused(
          "file",
          422,
          "the image is "
              + w
              + " x "
              + h
              + " pixels; at most "
              + limits.maxSide()
              + " a side and "
              + limits.maxPixels()
              + " in all");
    }
    if (size.get().decodedBytes() > limits.maxDecodedBytes()) {
      return new UploadVerdict.Refused(
          "file",
          422,
          "the image would take "
              + size.get().decodedBytes()
              + " bytes decoded ("
              + size.get().bytesPerPixel()
              + " a pixel); at most "
              + limits.maxDecodedBytes());
    }
    if (ContentSniffer.trailingData(kind, body)) {
      return new UploadVerdict.Refused(
          "file", 422, "the file has data after the image's end (it is also another kind of file)");
    }
    if (!decoders.enter()) {
      return busy();
    }
    try {
      return decoded(kind, body, w, h);
    } finally {
      decoders.leave();
    }
  }

  /**
   * Decodes and measures {@code body} and drops its metadata, holding one of the decoder permits:
   * one decode keeping a grid of pixels (PixelSample) and a copy without metadata (MetadataStrip).
   * {@code -Datelier.upload.fullDecode=true} restores the old way for measuring (the whole image
   * decoded, re-encoded from its pixels; see docs/performance.md, session 14).
   */
  private static UploadVerdict decoded(ArtworkKind kind, byte[] body, long w, long h) {
    if (Boolean.getBoolean(FULL_DECODE)) {
      return reencoded(kind, body, w, h);
    }
    Optional<PixelSample> sample = PixelSample.of(body, PHOTO_COLOURS);
    if (sample.isEmpty() || sample.get().width() != w || sample.get().height() != h) {
      return new UploadVerdict.Refused("file", 422, "the image could not be decoded");
    }
    Optional<byte[]> clean = MetadataStrip.of(kind, body);
    if (clean.isEmpty()) {
      return new UploadVerdict.Refused("file", 422, "the image could not be re-encoded");
    }
    return accepted(kind, clean.get(), w, h, sample.get().colours());
  }

  /** The old check: the whole image decoded and re-encoded from its pixels. */
  private static UploadVerdict reencoded(ArtworkKind kind, byte[] body, long w, long h) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(body));
    } catch (IOException | RuntimeException e) {
      image = null;
    }
    if (image == null || image.getWidth() != w || image.getHeight() != h) {
      return new UploadVerdict.Refused("file", 422, "the image could not be decoded");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      BufferedImage clean = kind == ArtworkKind.JPEG ? rgb(image) : image;
      if (!ImageIO.write(clean, kind == ArtworkKind.JPEG ? "jpeg" : "png", out)) {
        return new UploadVerdict.Refused("file", 422, "the image could not be re-encoded");
      }
    } catch (IOException e) {
      return new UploadVerdict.Refused("file", 422, "the image could not be re-encoded");
    }
    int colours =
        PixelSample.colours(
            image,
            PixelSample.step(image.getWidth()),
            PixelSample.step(image.getHeight()),
            PHOTO_COLOURS);
    return accepted(kind, out.toByteArray(), w, h, colours);
  }

  private static UploadVerdict accepted(
      ArtworkKind kind, byte[] bytes, long w, long h, int colours) {
    return new UploadVerdict.Accepted(
        kind,
        bytes,
        sha256(bytes),
        (int) w,
        (int) h,
        Math.min(colours, COLOUR_CAP),
        colours > PHOTO_COLOURS);
  }

  /**
   * Parses and checks an SVG holding one of the decoder places: a 10 MiB SVG's DOM takes many times
   * its bytes, so SVGs are bounded like raster decodes (before session 17 they were not).
   */
  private UploadVerdict svg(byte[] body) {
    if (!decoders.enter()) {
      return busy();
    }
    try {
      return sanitized(body);
    } finally {
      decoders.leave();
    }
  }

  private static UploadVerdict busy() {
    return new UploadVerdict.Refused(
        "file", 503, "the server is busy checking other images; try again in a minute");
  }

  private static UploadVerdict sanitized(byte[] body) {
    SvgSanitizer.Outcome o = SvgSanitizer.check(body);
    if (o.cleaned().isEmpty()) {
      return new UploadVerdict.Refused("file", 422, o.refusal());
    }
    SvgSanitizer.Cleaned c = o.cleaned().get();
    return new UploadVerdict.Accepted(
        ArtworkKind.SVG,
        c.bytes(),
        sha256(c.bytes()),
        c.width(),
        c.height(),
        Math.min(c.colours(), COLOUR_CAP),
        false);
  }

  private static BufferedImage rgb(BufferedImage image) {
    BufferedImage out =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    out.createGraphics().drawImage(image, 0, 0, null);
    return out;
  }

  /** The SHA-256 of {@code bytes}, lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
