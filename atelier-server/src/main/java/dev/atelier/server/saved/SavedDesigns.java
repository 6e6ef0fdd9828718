package dev.atelier.server.saved;

import dev.atelier.server.http.Nullable;
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
   * The most designs one page of {@link #ofOwner} lists: each may hold 50 texts of 1,000
   * characters, and one account may keep saving (60 a minute per address), so an unbounded list
   * grew without end; the rest are on the next pages.
   */
  int MAX_LISTED = 200;

  /**
   * The designs {@code owner} saved, newest first (then by id, descending), after {@code after}
   * (null: from the newest), at most {@code most} and never more than {@link #MAX_LISTED} + 1 (one
   * more than a page, to tell whether another page follows).
   */
  List<SavedDesign> ofOwner(long owner, @Nullable DesignCursor after, int most);

  /** The newest page of {@code owner}'s designs, at most {@link #MAX_LISTED}. */
  default List<SavedDesign> ofOwner(long owner) {
    return ofOwner(owner, null, MAX_LISTED);
  }

  /** {@code most}, at least 0 and at most {@link #MAX_LISTED} + 1. */
  static int bounded(int most) {
    return Math.max(0, Math.min(most, MAX_LISTED + 1));
  }

  /** Renames {@code owner}'s design {@code id}: false when it is not theirs (or unknown). */
  boolean rename(String id, long owner, String name);

  /** Deletes {@code owner}'s design {@code id}: false when it is not theirs (or unknown). */
  boolean delete(String id, long owner);
}
