package dev.atelier.server.saved;

import dev.atelier.server.http.Nullable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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

  @Override
  public List<SavedDesign> ofOwner(long owner, @Nullable DesignCursor after, int most) {
    return designs.values().stream()
        .filter(d -> Objects.equals(d.owner(), owner))
        .filter(d -> after == null || after.precedes(d))
        .sorted(
            Comparator.comparing(SavedDesign::savedAt)
                .reversed()
                .thenComparing(SavedDesign::id, Comparator.reverseOrder()))
        .limit(SavedDesigns.bounded(most))
        .toList();
  }

  @Override
  public boolean rename(String id, long owner, String name) {
    SavedDesign d = designs.get(id);
    return d != null && Objects.equals(d.owner(), owner) && designs.replace(id, d, d.named(name));
  }

  @Override
  public boolean delete(String id, long owner) {
    SavedDesign d = designs.get(id);
    return d != null && Objects.equals(d.owner(), owner) && designs.remove(id, d);
  }
}
