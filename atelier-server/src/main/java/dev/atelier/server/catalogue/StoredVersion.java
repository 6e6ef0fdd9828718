package dev.atelier.server.catalogue;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Require;
import java.time.Instant;

/**
 * A model version as stored. Immutable and thread-safe.
 *
 * @param source the model source (format, product, version, text)
 * @param digest {@code source.digest()}
 * @param report the check report as JSON, or null when stored unchecked
 * @param published whether it is published (else a draft)
 * @param effectiveFrom when a published version becomes available; null for a draft
 * @param createdBy who uploaded it
 * @param createdAt when
 * @param publishedBy who published it, or null
 * @param publishedAt when, or null
 */
public record StoredVersion(
    ModelSource source,
    String digest,
    @Nullable String report,
    boolean published,
    @Nullable Instant effectiveFrom,
    String createdBy,
    Instant createdAt,
    @Nullable String publishedBy,
    @Nullable Instant publishedAt) {

  public StoredVersion {
    Require.nonNull("source digest createdBy createdAt", source, digest, createdBy, createdAt);
  }

  /** The product id. */
  public String product() {
    return source.product();
  }

  /** The version. */
  public String version() {
    return source.version();
  }

  /** Whether it is published and effective at {@code now}. */
  public boolean availableAt(Instant now) {
    return published && effectiveFrom != null && !effectiveFrom.isAfter(now);
  }
}
