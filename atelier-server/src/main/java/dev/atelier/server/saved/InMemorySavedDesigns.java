package dev.atelier.server.saved;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Saved designs in memory, lost when the process ends. Thread-safe. */
public final class InMemorySavedDesigns implements SavedDesigns {

  private final ConcurrentMap<String, SavedDesign> designs = new ConcurrentHashMap<>();

  @Override
  public boolean insert(SavedDesign design) {
    return designs.putIfAbsent(design.id(), design) == null;
  }

  @Override
  public Optional<SavedDesign> find(String id) {
    return Optional.ofNullable(designs.get(id));
  }
}
