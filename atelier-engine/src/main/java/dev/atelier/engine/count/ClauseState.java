package dev.atelier.engine.count;

import java.util.Arrays;

/**
 * The compiler's partial assignment over a CNF: the trail, each clause's counts of satisfied and
 * falsified literals, and unit propagation over those counters (no watched literals: the component
 * splitter needs each clause's satisfied count anyway). Not thread-safe; one per compilation.
 */
final class ClauseState {
  final int[][] clauses;
  final int[][] varClauses; // by variable: the clauses mentioning it
  final byte[] value; // +1 true, -1 false, 0 unassigned
  final int[] satCount;
  private final int[][] occurrences; // by DecisionDnnf.index(lit): the clauses containing lit
  private final int[] falseCount;
  private final int[] trail;
  private int trailSize;
  private int processed;

  ClauseState(int numVars, int[][] clauses) {
    this.clauses = clauses;
    int[] counts = new int[2 * numVars + 2];
    int[] varCounts = new int[numVars + 1];
    for (int[] clause : clauses) {
      for (int lit : clause) {
        counts[DecisionDnnf.index(lit)]++;
        varCounts[Math.abs(lit)]++;
      }
    }
    occurrences = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      occurrences[i] = new int[counts[i]];
    }
    varClauses = new int[numVars + 1][];
    for (int v = 0; v <= numVars; v++) {
      varClauses[v] = new int[varCounts[v]];
    }
    int[] fill = new int[counts.length];
    int[] varFill = new int[numVars + 1];
    for (int k = 0; k < clauses.length; k++) {
      for (int lit : clauses[k]) {
        int i = DecisionDnnf.index(lit);
        occurrences[i][fill[i]++] = k;
        int v = Math.abs(lit);
        varClauses[v][varFill[v]++] = k;
      }
    }
    value = new byte[numVars + 1];
    satCount = new int[clauses.length];
    falseCount = new int[clauses.length];
    trail = new int[numVars + 1];
  }

  /** The trail's length: where to {@link #undo} to. */
  int trailSize() {
    return trailSize;
  }

  /** The literal at trail position {@code i}. */
  int trailAt(int i) {
    return trail[i];
  }

  /** The clauses containing {@code lit} (shared; not to be changed). */
  int[] occurrencesOf(int lit) {
    return occurrences[DecisionDnnf.index(lit)];
  }

  /** The literals assigned from trail position {@code from} on. */
  int[] assignedSince(int from) {
    return Arrays.copyOfRange(trail, from, trailSize);
  }

  /** Assigns {@code lit}; false when its variable already has the other value. */
  boolean enqueue(int lit) {
    int v = Math.abs(lit);
    byte sign = (byte) (lit > 0 ? 1 : -1);
    if (value[v] != 0) {
      return value[v] == sign;
    }
    value[v] = sign;
    trail[trailSize++] = lit;
    return true;
  }

  /** Unit propagation with per-clause counters; false on a conflict. */
  boolean propagate() {
    boolean ok = true;
    while (ok && processed < trailSize) {
      int lit = trail[processed++];
      for (int k : occurrences[DecisionDnnf.index(lit)]) {
        satCount[k]++;
      }
      // Finish the counters of this literal even after a conflict, so that undo is exact.
      for (int k : occurrences[DecisionDnnf.index(-lit)]) {
        falseCount[k]++;
        if (ok && satCount[k] == 0 && falseCount[k] >= clauses[k].length - 1) {
          ok = unit(k);
        }
      }
    }
    return ok;
  }

  private boolean unit(int k) {
    for (int l : clauses[k]) {
      int v = Math.abs(l);
      if (value[v] == 0) {
        return enqueue(l);
      }
      if (value[v] == (l > 0 ? 1 : -1)) {
        return true;
      }
    }
    return false;
  }

  /** Unassigns the trail back to length {@code to}. */
  void undo(int to) {
    while (trailSize > to) {
      int lit = trail[--trailSize];
      if (trailSize < processed) {
        for (int k : occurrences[DecisionDnnf.index(lit)]) {
          satCount[k]--;
        }
        for (int k : occurrences[DecisionDnnf.index(-lit)]) {
          falseCount[k]--;
        }
      }
      value[Math.abs(lit)] = 0;
    }
    processed = Math.min(processed, to);
  }
}
