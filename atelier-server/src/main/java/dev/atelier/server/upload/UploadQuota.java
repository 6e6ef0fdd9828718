package dev.atelier.server.upload;

/**
 * What one owner (an account or an anonymous visitor) may keep stored (documented in
 * docs/limits.md); uploading a file the owner already has costs nothing.
 *
 * @param maxUploads most distinct uploads
 * @param maxBytes most bytes of cleaned uploads together
 * @param perMinute most uploads one client address may send a minute (cookie-less visitors are a
 *     new owner each time, so this bounds what they can store)
 */
public record UploadQuota(int maxUploads, long maxBytes, int perMinute) {
  /** 200 uploads, 200 MiB, 60 uploads a minute from one address. */
  public static final UploadQuota DEFAULT = new UploadQuota(200, 200L * 1024 * 1024, 60);
}
