package dev.atelier.engine.session;

import dev.atelier.engine.compile.ClauseIndex;
import java.util.Arrays;

/**
 * The model a {@link LocalRepair} walk flips: each clause's number of true literals (computed on a
 * clause's first touch after {@link #reset}, as a walk visits few clauses) and the set of
 * unsatisfied clauses, both kept up to date by {@link #flip}. Not thread-safe.
 */
final class WalkModel {
  private final ClauseIndex index;
  private boolean[] model;
  private final int[] trueCount;
  private final int[] stamp;
  private int epoch;
  private final int[] unsat;
  private final int[] unsatPos;
  private int unsatSize;
  private boolean[] odd;

  WalkModel(ClauseIndex index) {
    this.index = index;
    this.trueCount = new int[index.clauseCount()];
    this.stamp = new int[index.clauseCount()];
    this.unsat = new int[index.clauseCount()];
    this.unsatPos = new int[index.clauseCount()];
    Arrays.fill(unsatPos, -1);
  }

  /**
   * Starts from a copy of {@code base} (a model, index 0 unused). The unsatisfied set is not
   * cleared: every walk undoes its flips, so it is empty again here.
   */
  void reset(boolean[] base) {
    this.model = base.clone();
    epoch++;
  }

  /** The model itself (index 0 unused): a caller keeping it must copy it. */
  boolean[] values() {
    return model;
  }

  boolean value(int var) {
    return model[var];
  }

  boolean holds(int lit) {
    return lit > 0 ? model[lit] : !model[-lit];
  }

  /** How many clauses no literal satisfies. */
  int unsatSize() {
    return unsatSize;
  }

  /** The {@code i}-th unsatisfied clause (in no particular order). */
  int unsatAt(int i) {
    return unsat[i];
  }

  /** The number of true literals of clause {@code k}. */
  int count(int k) {
    if (stamp[k] != epoch) {
      stamp[k] = epoch;
      int n = 0;
      for (int lit : index.clause(k)) {
        if (holds(lit)) {
          n++;
        }
      }
      trueCount[k] = n;
    }
    return trueCount[k];
  }

  /** How many satisfied clauses making {@code lit} true (flipping its variable) would break. */
  int breaks(int lit) {
    int breaks = 0;
    for (int k : index.clausesWith(-lit)) {
      if (count(k) == 1) {
        breaks++;
      }
    }
    return breaks;
  }

  /** The literals of the variables flipped an odd number of times among {@code moved}. */
  int[] changed(int[] moved, int flips) {
    if (odd == null || odd.length < model.length) {
      odd = new boolean[model.length];
    }
    for (int i = 0; i < flips; i++) {
      odd[moved[i]] = !odd[moved[i]];
    }
    int[] out = new int[flips];
    int n = 0;
    for (int i = 0; i < flips; i++) {
      int v = moved[i];
      if (odd[v]) {
        odd[v] = false;
        out[n++] = model[v] ? v : -v;
      }
    }
    for (int i = 0; i < flips; i++) {
      odd[moved[i]] = false;
    }
    return Arrays.copyOf(out, n);
  }

  /** Negates {@code var}, updating the counts and the unsatisfied set. */
  void flip(int var) {
    int nowTrue = model[var] ? -var : var;
    for (int k : index.clausesWith(nowTrue)) {
      count(k);
    }
    for (int k : index.clausesWith(-nowTrue)) {
      count(k);
    }
    model[var] = !model[var];
    for (int k : index.clausesWith(nowTrue)) {
      if (trueCount[k]++ == 0) {
        removeUnsat(k);
      }
    }
    for (int k : index.clausesWith(-nowTrue)) {
      if (--trueCount[k] == 0) {
        addUnsat(k);
      }
    }
  }

  private void addUnsat(int k) {
    unsatPos[k] = unsatSize;
    unsat[unsatSize++] = k;
  }

  private void removeUnsat(int k) {
    int pos = unsatPos[k];
    int last = unsat[--unsatSize];
    unsat[pos] = last;
    unsatPos[last] = pos;
    unsatPos[k] = -1;
  }
}
