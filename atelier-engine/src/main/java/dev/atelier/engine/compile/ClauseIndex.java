package dev.atelier.engine.compile;

import dev.atelier.engine.cnf.Cnf;

/**
 * For each literal, the clauses it occurs in; and which variables occur in definitions of auxiliary
 * variables. Lets a session check in one pass whether flipping a variable in a model keeps every
 * clause satisfied (a "rotatable" literal witnesses a second model for free). Immutable and
 * thread-safe.
 */
public final class ClauseIndex {
  private final int[][] clauses;
  private final int[][] occurrences;
  private final boolean[] inDefinition;

  ClauseIndex(Cnf cnf) {
    this.clauses = cnf.clauses();
    int n = cnf.numVars();
    int[] counts = new int[2 * n + 2];
    inDefinition = new boolean[n + 1];
    for (int k = 0; k < clauses.length; k++) {
      for (int lit : clauses[k]) {
        counts[index(lit)]++;
        if (cnf.groups()[k] == Cnf.DEFINITION) {
          inDefinition[Math.abs(lit)] = true;
        }
      }
    }
    occurrences = new int[2 * n + 2][];
    for (int i = 0; i < counts.length; i++) {
      occurrences[i] = new int[counts[i]];
    }
    int[] fill = new int[2 * n + 2];
    for (int k = 0; k < clauses.length; k++) {
      for (int lit : clauses[k]) {
        occurrences[index(lit)][fill[index(lit)]++] = k;
      }
    }
  }

  /** The index of {@code cnf}'s clauses (a compiled model builds its own once). */
  public static ClauseIndex of(Cnf cnf) {
    return new ClauseIndex(cnf);
  }

  /** Number of clauses. */
  public int clauseCount() {
    return clauses.length;
  }

  /** Clause {@code k} (do not modify). */
  public int[] clause(int k) {
    return clauses[k];
  }

  /** The indices of the clauses containing {@code lit} (do not modify). */
  public int[] clausesWith(int lit) {
    return occurrences[index(lit)];
  }

  private static int index(int lit) {
    return lit > 0 ? 2 * lit : -2 * lit + 1;
  }

  /**
   * Whether making {@code lit} true in {@code model} (where it is false) gives another model,
   * either alone or together with flipping one more variable (a swap, as within an alternative
   * group). Only variables that no auxiliary definition depends on qualify.
   *
   * @param model variable values, index 0 unused
   * @param frozen variables that must keep their value (the decisions), index 0 unused
   */
  public boolean canFlipTo(boolean[] model, boolean[] frozen, int lit) {
    int v = Math.abs(lit);
    if (inDefinition[v] || frozen[v]) {
      return false;
    }
    int broken = -1;
    int brokenCount = 0;
    for (int k : occurrences[index(-lit)]) {
      if (!satisfiedWithout(model, clauses[k], -lit, 0)) {
        brokenCount++;
        broken = k;
      }
    }
    if (brokenCount == 0) {
      return true;
    }
    // A partner literal m (false now) must repair every broken clause; try those of one of them.
    for (int m : clauses[broken]) {
      int mv = Math.abs(m);
      if (m != -lit && !holds(model, m) && mv != v && !inDefinition[mv] && !frozen[mv]) {
        if (swapWorks(model, lit, m)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean swapWorks(boolean[] model, int lit, int m) {
    // After making lit and m true: clauses losing a true literal (-lit or -m) need another one.
    for (int k : occurrences[index(-lit)]) {
      if (!contains(clauses[k], m) && !satisfiedWithout(model, clauses[k], -lit, -m)) {
        return false;
      }
    }
    for (int k : occurrences[index(-m)]) {
      if (!contains(clauses[k], lit) && !satisfiedWithout(model, clauses[k], -lit, -m)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a literal other than {@code a} and {@code b} is true in {@code model}. */
  private static boolean satisfiedWithout(boolean[] model, int[] clause, int a, int b) {
    for (int l : clause) {
      if (l != a && l != b && holds(model, l)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(int[] clause, int lit) {
    for (int l : clause) {
      if (l == lit) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(boolean[] model, int lit) {
    return lit > 0 ? model[lit] : !model[-lit];
  }
}
