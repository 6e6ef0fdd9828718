package dev.atelier.server.upload;

/**
 * What one upload may be (documented in docs/limits.md).
 *
 * @param maxBytes largest body
 * @param maxSide largest width or height in pixels, read from the header before decoding
 * @param maxPixels largest width × height, read from the header before decoding
 */
public record UploadLimits(int maxBytes, int maxSide, long maxPixels) {
  /**
   * The most memory one image's decoded pixels may take: {@code maxPixels} at four bytes (8-bit
   * RGBA), so a 16-bit PNG of as many pixels, a few hundred KB compressed, is refused from its
   * header.
   */
  public long maxDecodedBytes() {
    return maxPixels * 4;
  }

  /** 10 MiB, 8000 px a side, 40 megapixels. */
  public static final UploadLimits DEFAULT = new UploadLimits(10 * 1024 * 1024, 8000, 40_000_000L);
}
