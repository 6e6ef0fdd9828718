package dev.atelier.server.upload;

/**
 * What one owner (an account or an anonymous visitor) may keep stored (documented in
 * docs/limits.md); uploading a file the owner already has costs nothing.
 *
 * @param maxUploads most distinct uploads
 * @param maxBytes most bytes of cleaned uploads together
 */
public record UploadQuota(int maxUploads, long maxBytes) {
  /**
   * 200 uploads, 200 MiB. (Cookie-less visitors are a new owner each time: the uploads per address
   * and minute of {@code Limits.Uploads} bound what they can store.)
   */
  public static final UploadQuota DEFAULT = new UploadQuota(200, 200L * 1024 * 1024);
}
