package dev.atelier.engine.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The valid domain of every attribute under the current decisions. Immutable and thread-safe.
 *
 * @param domains attribute id to its domain, in model order
 */
public record ValidDomains(Map<String, AttributeDomain> domains) {

  public ValidDomains {
    // The engine's own maps are immutable and already in model order: no copy of every attribute.
    domains =
        domains instanceof IndexedDomains
            ? domains
            : Collections.unmodifiableMap(new LinkedHashMap<>(domains));
  }

  /** The domain of {@code attribute}; throws for an unknown id. */
  public AttributeDomain of(String attribute) {
    AttributeDomain d = domains.get(attribute);
    if (d == null) {
      throw new IllegalArgumentException("unknown attribute " + attribute);
    }
    return d;
  }
}
