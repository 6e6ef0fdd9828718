package dev.atelier.server.catalogue;

import dev.atelier.server.http.Nullable;
import java.time.Instant;
import java.util.Objects;

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
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
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
    return published && !effectiveFrom.isAfter(now);
  }
}
