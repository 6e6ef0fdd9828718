package dev.atelier.server.saved;

import java.util.Optional;

/** Where saved designs are kept. Implementations are thread-safe. */
public interface SavedDesigns {

  /**
   * Stores {@code design} unless its id is taken.
   *
   * @return false when a design with the same id exists (the caller picks another id)
   */
  boolean insert(SavedDesign design);

  /** The design saved under {@code id}, if any. */
  Optional<SavedDesign> find(String id);
}
