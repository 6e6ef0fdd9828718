package dev.atelier.server.catalogue;

import dev.atelier.server.http.Require;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A product and its available versions, oldest (earliest effective) first. Immutable and
 * thread-safe.
 *
 * @param id the product id
 * @param releases the available versions, by ascending effective-from instant
 */
public record ProductFamily(String id, List<Release> releases) {

  public ProductFamily {
    Objects.requireNonNull(id, "id");
    releases = List.copyOf(releases);
    if (releases.isEmpty()) {
      throw new IllegalArgumentException("a product family needs a version");
    }
  }

  /** The version names, oldest first. */
  public List<String> versions() {
    return releases.stream().map(Release::version).toList();
  }

  /** The current version: the one that became effective last. */
  public String current() {
    return releases.get(releases.size() - 1).version();
  }

  /**
   * A published version of a product. Immutable and thread-safe.
   *
   * @param product the product id
   * @param version the version
   * @param effectiveFrom when it became (or becomes) available
   * @param digest identifies the model source (format, names and text); equal digests mean equal
   *     models
   */
  public record Release(String product, String version, Instant effectiveFrom, String digest) {
    public Release {
      Require.nonNull(
          "product version effectiveFrom digest", product, version, effectiveFrom, digest);
    }
  }
}
