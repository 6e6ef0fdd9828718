package dev.atelier.engine.session;

import dev.atelier.engine.compile.ClauseIndex;

/**
 * Unit propagation of some literals over a compiled CNF, without a SAT solver: what the decisions
 * imply directly. A value whose literal propagation falsifies is refused without any search. Not
 * thread-safe; one per session (the scratch arrays are reused).
 */
final class UnitPropagation {
  // Probes follow binary clauses as implication lists (BinaryLists; session 19, loaded machine:
  // kconfig 20k mean −9 %, p99 −12 % over 5 pairs, 5k / 80k / Linux within the noise).
  // -Datelier.sat.probe=clauses: probes read every clause of a falsified literal, binary ones too
  // (the path before; old-vs-new from one jar).
  static final boolean BINARY = !"clauses".equals(System.getProperty("atelier.sat.probe"));
  private final ClauseIndex index;
  private final BinaryLists lists;
  private final byte[] value;
  private final int[] falseCount;
  private final int[] stamp;
  private final int[] trail;
  private int trailSize;
  private int epoch;
  private long work;
  private int failedCone;

  UnitPropagation(ClauseIndex index, int numVars) {
    this(index, numVars, BINARY);
  }

  /** With {@code binary}, probes follow {@link BinaryLists} instead of reading binary clauses. */
  UnitPropagation(ClauseIndex index, int numVars, boolean binary) {
    this.index = index;
    this.lists = binary ? BinaryLists.of(index) : null;
    this.value = new byte[numVars + 1];
    this.falseCount = new int[index.clauseCount()];
    this.stamp = new int[index.clauseCount()];
    this.trail = new int[numVars + 1];
  }

  /**
   * Propagates {@code lits}; false on a conflict. Afterwards {@link #isFalse} tells which literals
   * it falsified.
   */
  boolean propagate(int[] lits) {
    for (int i = 0; i < trailSize; i++) {
      value[Math.abs(trail[i])] = 0;
    }
    trailSize = 0;
    epoch++;
    for (int lit : lits) {
      if (!assign(lit)) {
        return false;
      }
    }
    for (int head = 0; head < trailSize; head++) {
      for (int k : index.clausesWith(-trail[head])) {
        if (stamp[k] != epoch) {
          stamp[k] = epoch;
          falseCount[k] = 0;
        }
        int[] clause = index.clause(k);
        if (++falseCount[k] >= clause.length - 1 && !propagateClause(clause)) {
          return false;
        }
      }
    }
    return true;
  }

  /** How many literals the last propagation (and any probe not undone) assigned. */
  int trailSize() {
    return trailSize;
  }

  /** The {@code i}-th literal the last propagation assigned, in propagation order. */
  int trailLiteral(int i) {
    return trail[i];
  }

  /**
   * After a {@link #propagate} without conflict: assigns {@code lit} on top and propagates it (a
   * failed-literal probe). Returns the trail position the probe's literals start at, or -1 on a
   * conflict (the probe is then undone), or -2 when it assigned more than {@code maxCone} literals
   * without a conflict yet (undone: unknown). Undo a successful probe with {@link #undoTo}. Adds
   * the number of clauses visited to {@link #work}.
   */
  int probe(int lit, int maxCone) {
    int mark = trailSize;
    if (!assign(lit)) {
      failedCone = 0;
      return -1;
    }
    for (int head = mark; head < trailSize; head++) {
      if (trailSize - mark > maxCone) {
        undoTo(mark);
        return -2;
      }
      if (lists != null) {
        if (!probeStep(trail[head])) {
          failedCone = trailSize - mark;
          undoTo(mark);
          return -1;
        }
        continue;
      }
      for (int k : index.clausesWith(-trail[head])) {
        work++;
        if (!propagateClause(index.clause(k))) {
          failedCone = trailSize - mark;
          undoTo(mark);
          return -1;
        }
      }
    }
    return mark;
  }

  /**
   * Propagates the true literal {@code lit} through {@link BinaryLists}: each binary clause {@code
   * ¬lit ∨ b} assigns {@code b} at once, without reading the clause; false on a conflict.
   */
  private boolean probeStep(int lit) {
    for (int b : lists.implied(lit)) {
      work++;
      if (!assign(b)) {
        return false;
      }
    }
    for (int k : lists.longer(-lit)) {
      work++;
      if (!propagateClause(index.clause(k))) {
        return false;
      }
    }
    return true;
  }

  /** How many literals the last probe that conflicted had assigned when it met the conflict. */
  int failedCone() {
    return failedCone;
  }

  /** Clauses visited by probes so far (a work counter for budgets). */
  long work() {
    return work;
  }

  /** Unassigns every literal from trail position {@code mark} on. */
  void undoTo(int mark) {
    for (int i = mark; i < trailSize; i++) {
      value[Math.abs(trail[i])] = 0;
    }
    trailSize = mark;
  }

  /** Whether the last propagation made {@code lit} false. */
  boolean isFalse(int lit) {
    int v = value[Math.abs(lit)];
    return v != 0 && (v > 0) != (lit > 0);
  }

  /** Whether the last propagation (and probes kept) made {@code lit} true. */
  boolean isTrue(int lit) {
    int v = value[Math.abs(lit)];
    return v != 0 && (v > 0) == (lit > 0);
  }

  /** The value the last propagation gave variable {@code v}: 1 true, -1 false, 0 unassigned. */
  byte valueOf(int v) {
    return value[v];
  }

  private boolean propagateClause(int[] clause) {
    int unassigned = 0;
    for (int l : clause) {
      int v = value[Math.abs(l)];
      if (v == 0) {
        if (unassigned != 0) {
          return true;
        }
        unassigned = l;
      } else if ((v > 0) == (l > 0)) {
        return true;
      }
    }
    return unassigned != 0 && assign(unassigned);
  }

  private boolean assign(int lit) {
    int v = Math.abs(lit);
    if (value[v] != 0) {
      return (value[v] > 0) == (lit > 0);
    }
    value[v] = (byte) (lit > 0 ? 1 : -1);
    trail[trailSize++] = lit;
    return true;
  }
}
