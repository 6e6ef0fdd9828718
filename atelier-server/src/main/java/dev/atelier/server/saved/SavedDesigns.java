package dev.atelier.server.saved;

import java.util.List;
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

  /**
   * The most designs {@link #ofOwner} lists: each may hold 50 texts of 1,000 characters, and one
   * account may keep saving (60 a minute per address), so an unbounded list grew without end.
   */
  int MAX_LISTED = 200;

  /** The designs {@code owner} saved, newest first, at most {@link #MAX_LISTED}. */
  List<SavedDesign> ofOwner(long owner);

  /** Renames {@code owner}'s design {@code id}: false when it is not theirs (or unknown). */
  boolean rename(String id, long owner, String name);

  /** Deletes {@code owner}'s design {@code id}: false when it is not theirs (or unknown). */
  boolean delete(String id, long owner);
}
