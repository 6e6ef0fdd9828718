package dev.atelier.engine.session;

import dev.atelier.engine.count.CliqueMessages;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.TreeEvidence;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * A session's state on the model's clique tree, kept across decisions, with an undo trail: before
 * the state takes new evidence a copy of it is kept (for {@link CliqueMessages}, whose copy costs
 * its alive-row bits, not its rows), so a retraction goes back to the last state the new evidence
 * narrows and re-filters from there instead of from the state without evidence. At most {@link
 * #MAX} copies, the oldest dropped first. Not thread-safe; one per session.
 */
final class TreeStates {
  static final int MAX = 32;
  private final List<TreeEvidence> trail = new ArrayList<>();
  private TreeEvidence current;

  /** The valid values under {@code allowed}; TIMED_OUT at the deadline (the state is dropped). */
  Result<boolean[][]> valid(CliqueTree tree, boolean[][] allowed, Deadline deadline) {
    while (current != null && !current.narrows(allowed)) {
      current = trail.isEmpty() ? null : trail.remove(trail.size() - 1);
    }
    if (current == null) {
      current = tree.newSupport();
    }
    if (current instanceof CliqueMessages) {
      if (trail.size() == MAX) {
        trail.remove(0);
      }
      trail.add(current.copy());
    }
    Result<boolean[][]> valid = current.restrict(allowed, deadline);
    if (!valid.isOk()) {
      current = null;
    }
    return valid;
  }
}
