package dev.atelier.server.design;

import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.shared.Design;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The first steps of every design check: the design resolved against the catalogue, then its
 * artwork references checked and the artwork facts set from the uploads ({@link ArtworkFacts}).
 * Immutable and thread-safe.
 *
 * @param resolver resolves designs against the catalogue
 * @param artwork checks artwork references against the uploads
 */
record DesignIntake(DesignResolver resolver, ArtworkFacts artwork) {

  DesignIntake {
    Objects.requireNonNull(resolver, "resolver");
    Objects.requireNonNull(artwork, "artwork");
  }

  /** Resolves against {@code catalogue}, artwork against {@code artwork}'s uploads. */
  DesignIntake(Catalogue catalogue, ArtworkFacts artwork) {
    this(new DesignResolver(catalogue), artwork);
  }

  /**
   * {@code design} (at request field {@code field}) resolved, with the artwork references {@code
   * refs} (null for none) of a caller owning uploads as {@code owners} placed; or the problem.
   */
  Outcome<ArtworkFacts.Placed> placed(
      Design design,
      String field,
      @Nullable Map<String, ArtworkRef> refs,
      @Nullable List<String> owners) {
    return resolver.resolve(design, field).then(r -> artwork.place(r, refs, owners));
  }
}
