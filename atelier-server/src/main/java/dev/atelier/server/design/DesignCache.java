package dev.atelier.server.design;

import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import dev.atelier.server.design.DesignJson.Refused;
import dev.atelier.server.http.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded least-recently-used cache of engine answers per design: the valid domains (exact, so
 * the same on every node) and the refusal reasons found so far. Keyed by product, version and the
 * decisions in order. Thread-safe.
 */
final class DesignCache {

  /** What is known about one design. Thread-safe: reasons are added concurrently. */
  record Entry(ValidDomains domains, Map<String, Refused> reasons) {
    Entry(ValidDomains domains) {
      this(domains, new ConcurrentHashMap<>());
    }
  }

  private record Key(String product, String version, List<Decision> decisions) {}

  private final int capacity;
  private final Map<Key, Entry> entries;

  DesignCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > DesignCache.this.capacity;
          }
        };
  }

  /** The entry of {@code design}, or null. */
  @Nullable
  Entry get(ResolvedDesign design) {
    if (capacity == 0) {
      return null;
    }
    synchronized (entries) {
      return entries.get(key(design));
    }
  }

  /** Remembers {@code entry} for {@code design}. */
  void put(ResolvedDesign design, Entry entry) {
    if (capacity == 0) {
      return;
    }
    synchronized (entries) {
      entries.put(key(design), entry);
    }
  }

  private static Key key(ResolvedDesign design) {
    return new Key(design.product().product(), design.product().version(), design.decisions());
  }
}
