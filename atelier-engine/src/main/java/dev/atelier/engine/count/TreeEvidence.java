package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;

/**
 * A session's state on a {@link CliqueTree} under evidence (the values still allowed per variable):
 * the clique rows that extend to a solution, kept across decisions. Two implementations: {@link
 * CliqueMessages} (bitsets over rows and separator assignments, a decision re-filters the cliques
 * it reaches with sequential scans; the default) and {@link CliqueSupport} (AC-4 support counters,
 * a row's death decrements its neighbours'; {@code -Datelier.treedomains=counters}). Not
 * thread-safe; one per session.
 */
public interface TreeEvidence {

  /**
   * Whether this state can take {@code next} by only adding evidence (no value allowed again that
   * is refused now, and not left half-done by a passed deadline).
   */
  boolean narrows(boolean[][] next);

  /**
   * Adds the evidence {@code next} (which must {@link #narrows narrow} this state) and returns the
   * valid values per variable: {@code valid[x][j]} iff value {@code j} of variable {@code x}
   * extends to a solution. All false when there is none. TIMED_OUT at the deadline (this state is
   * then no longer usable: {@link #narrows} is false).
   */
  Result<boolean[][]> restrict(boolean[][] next, Deadline deadline);

  /** The valid values under the evidence so far (all false when there is no solution). */
  boolean[][] valid();

  /** An independent copy. */
  TreeEvidence copy();

  /** Whether every value {@code next} allows, {@code allowed} allows too. */
  static boolean covers(boolean[][] allowed, boolean[][] next) {
    for (int x = 0; x < next.length; x++) {
      for (int j = 0; j < next[x].length; j++) {
        if (next[x][j] && !allowed[x][j]) {
          return false;
        }
      }
    }
    return true;
  }
}
