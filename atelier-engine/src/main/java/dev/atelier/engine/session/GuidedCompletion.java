package dev.atelier.engine.session;

import dev.atelier.engine.compile.ClauseIndex;

/**
 * Completes a propagation into a model without a SAT call: every variable the propagation leaves
 * unassigned keeps the value of a base model, and a clause this breaks (all its literals false once
 * the propagated values replace the base's) is repaired by deciding one of its unassigned literals
 * true and propagating it too; when every choice in such a clause conflicts, or the bounds are
 * reached, the completion gives up. A chunk round ({@link ChunkedRounds}) has already propagated
 * the decisions and its chunk to choose it, so completing that propagation witnesses the chunk at
 * the cost of the repairs, where a SAT call assigns every variable (session 16: ~10-15 ms per call
 * on gen kconfig 20,000). Unlike {@link LocalRepair}'s walk, repairs follow the implications, so a
 * chain of "depends on b || c" is switched on link by link. Not thread-safe; one per session.
 */
final class GuidedCompletion {
  private final ClauseIndex index;
  private final int maxRepairs;
  private final int maxAssigned;

  /**
   * Completions over {@code index}: at most {@code maxRepairs} repaired clauses and {@code
   * maxAssigned} literals propagated by the repairs each.
   */
  GuidedCompletion(ClauseIndex index, int maxRepairs, int maxAssigned) {
    this.index = index;
    this.maxRepairs = maxRepairs;
    this.maxAssigned = maxAssigned;
  }

  /**
   * A model in which every literal {@code up} holds, equal to {@code base} wherever {@code up} and
   * the repairs assign nothing; null when the completion gave up. {@code up} holds a propagation
   * without a conflict; the repairs' literals stay on its trail (undo them with {@link
   * UnitPropagation#undoTo}). {@code base} is a model of the CNF (index 0 unused). A returned model
   * satisfies every clause: a clause the base satisfies can only be broken by a variable whose
   * value changed, and every changed variable's clauses are checked after its change.
   */
  boolean[] complete(UnitPropagation up, boolean[] base) {
    int start = up.trailSize();
    int repairs = 0;
    for (int head = 0; head < up.trailSize(); head++) {
      int changed = up.trailLiteral(head);
      if (holds(base, changed)) {
        continue;
      }
      for (int k : index.clausesWith(-changed)) {
        if (satisfied(index.clause(k), up, base)) {
          continue;
        }
        if (++repairs > maxRepairs
            || up.trailSize() - start > maxAssigned
            || !repair(index.clause(k), up, start)) {
          return null;
        }
      }
    }
    boolean[] model = base.clone();
    for (int i = 0; i < up.trailSize(); i++) {
      int l = up.trailLiteral(i);
      model[Math.abs(l)] = l > 0;
    }
    return model;
  }

  /** Decides the first unassigned literal of {@code clause} whose propagation does not conflict. */
  private boolean repair(int[] clause, UnitPropagation up, int start) {
    for (int l : clause) {
      if (up.valueOf(Math.abs(l)) != 0) {
        continue;
      }
      int mark = up.probe(l, Math.max(0, maxAssigned - (up.trailSize() - start)));
      if (mark >= 0) {
        return true;
      }
      if (mark == -2) {
        return false;
      }
    }
    return false;
  }

  private static boolean satisfied(int[] clause, UnitPropagation up, boolean[] base) {
    for (int l : clause) {
      int v = up.valueOf(Math.abs(l));
      if (v == 0 ? holds(base, l) : (v > 0) == (l > 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(boolean[] model, int lit) {
    return lit > 0 ? model[lit] : !model[-lit];
  }
}
