package dev.atelier.engine.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The valid domains of the last {@value #MAX_CACHED} decision sets a session asked, least recently
 * used dropped first, so undo is immediate. Not thread-safe; one per session.
 */
final class DomainCache {
  private static final int MAX_CACHED = 16;

  private final Map<Set<Decision>, ValidDomains> cache = new LinkedHashMap<>(16, 0.75f, true);

  /** The domains computed under {@code decisions}, or null. */
  ValidDomains get(Set<Decision> decisions) {
    return cache.get(decisions);
  }

  /** Keeps {@code domains} for {@code decisions}, dropping the least recently used past the cap. */
  void put(Set<Decision> decisions, ValidDomains domains) {
    if (cache.size() >= MAX_CACHED) {
      cache.remove(cache.keySet().iterator().next());
    }
    cache.put(decisions, domains);
  }
}
