package dev.atelier.engine.compile;

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

  private static int index(int lit) {
    return lit > 0 ? 2 * lit : -2 * lit + 1;
  }

  /**
   * Whether making {@code lit} true in {@code model} (where it is false) leaves every clause
   * satisfied. Only variables that no auxiliary definition depends on qualify.
   *
   * @param model variable values, index 0 unused
   */
  public boolean canFlipTo(boolean[] model, int lit) {
    int v = Math.abs(lit);
    if (inDefinition[v]) {
      return false;
    }
    for (int k : occurrences[index(-lit)]) {
      boolean other = false;
      for (int l : clauses[k]) {
        if (l != -lit && (l > 0 ? model[l] : !model[-l])) {
          other = true;
          break;
        }
      }
      if (!other) {
        return false;
      }
    }
    return true;
  }
}
