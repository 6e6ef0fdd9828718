package dev.atelier.engine.session;

import dev.atelier.engine.compile.ClauseIndex;
import dev.atelier.engine.compile.VariableMap;

/**
 * Work-in-progress of one valid-domain computation: per value whether it is settled and offered,
 * and the same for "unset". A satisfying assignment settles every value it contains, and every
 * value reachable from it by flipping one free variable. Not thread-safe.
 */
final class DomainState {
  final boolean[][] offered;
  final boolean[][] settled;
  final boolean[] unsetOk;
  final boolean[] unsetSettled;
  private final VariableMap vars;
  private final ClauseIndex index;
  private final boolean[] frozen;

  DomainState(VariableMap vars, ClauseIndex index, int numVars, int[] decisionLits) {
    this.vars = vars;
    this.index = index;
    this.frozen = new boolean[numVars + 1];
    for (int lit : decisionLits) {
      frozen[Math.abs(lit)] = true;
    }
    int n = vars.attributes().size();
    offered = new boolean[n][];
    settled = new boolean[n][];
    unsetOk = new boolean[n];
    unsetSettled = new boolean[n];
    for (int i = 0; i < n; i++) {
      int k = vars.attributes().get(i).valueIds().size();
      offered[i] = new boolean[k];
      settled[i] = new boolean[k];
    }
  }

  /** Settles value {@code j} of attribute {@code i}. */
  void settle(int i, int j, boolean isOffered) {
    settled[i][j] = true;
    offered[i][j] = isOffered;
  }

  /** Settles "unset" of attribute {@code i}. */
  void settleUnset(int i, boolean possible) {
    unsetSettled[i] = true;
    unsetOk[i] = possible;
  }

  /** Marks what {@code model} (and its one-flip neighbours) witnesses. */
  void witness(boolean[] model, boolean rotate) {
    for (int i = 0; i < offered.length; i++) {
      boolean any = false;
      for (int j = 0; j < offered[i].length; j++) {
        int lit = vars.valueLiteral(i, j);
        boolean holds = holds(model, lit);
        any |= holds;
        if (!settled[i][j] && (holds || rotate && index.canFlipTo(model, frozen, lit))) {
          settle(i, j, true);
        }
      }
      if (!any && !unsetSettled[i]) {
        settleUnset(i, true);
      }
    }
  }

  /** The decided variables (index 0 unused; do not modify). */
  boolean[] frozen() {
    return frozen;
  }

  /** Settles as refused every open value (and "unset") whose literal {@code up} falsified. */
  void refuseFalsified(UnitPropagation up) {
    for (int i = 0; i < offered.length; i++) {
      for (int j = 0; j < offered[i].length; j++) {
        if (!settled[i][j] && up.isFalse(vars.valueLiteral(i, j))) {
          settle(i, j, false);
        }
      }
      if (!unsetSettled[i] && up.isFalse(-vars.setLiteral(i))) {
        settleUnset(i, false);
      }
    }
  }

  /** Tries to witness every open value by a local walk from {@code base}. */
  void repairOpen(LocalRepair repair, boolean[] base) {
    repair.reset(base, frozen);
    for (int i = 0; i < offered.length; i++) {
      for (int j = 0; j < offered[i].length; j++) {
        if (!settled[i][j] && repair.reachable(vars.valueLiteral(i, j))) {
          settle(i, j, true);
        }
      }
      if (!unsetSettled[i] && repair.reachable(-vars.setLiteral(i))) {
        settleUnset(i, true);
      }
    }
  }

  /** The literals of all values (and "unset"s) not settled yet. */
  java.util.List<Integer> openLiterals() {
    java.util.List<Integer> open = new java.util.ArrayList<>();
    for (int i = 0; i < offered.length; i++) {
      for (int j = 0; j < offered[i].length; j++) {
        if (!settled[i][j]) {
          open.add(vars.valueLiteral(i, j));
        }
      }
      if (!unsetSettled[i]) {
        open.add(-vars.setLiteral(i));
      }
    }
    return open;
  }

  /** Settles every open value and "unset" as refused. */
  void refuseOpen() {
    for (int i = 0; i < offered.length; i++) {
      for (int j = 0; j < offered[i].length; j++) {
        if (!settled[i][j]) {
          settle(i, j, false);
        }
      }
      if (!unsetSettled[i]) {
        settleUnset(i, false);
      }
    }
  }

  static boolean holds(boolean[] model, int lit) {
    return lit > 0 ? model[lit] : !model[-lit];
  }

  static boolean satisfies(boolean[] model, int[] lits) {
    for (int lit : lits) {
      if (!holds(model, lit)) {
        return false;
      }
    }
    return true;
  }
}
