package dev.atelier.server.upload;

/**
 * What one upload may be (documented in docs/limits.md).
 *
 * @param maxBytes largest body
 * @param maxSide largest width or height in pixels, read from the header before decoding
 * @param maxPixels largest width × height, read from the header before decoding
 */
public record UploadLimits(int maxBytes, int maxSide, long maxPixels) {
  /** 10 MiB, 8000 px a side, 40 megapixels. */
  public static final UploadLimits DEFAULT = new UploadLimits(10 * 1024 * 1024, 8000, 40_000_000L);
}
