package dev.atelier.engine.compile;

/**
 * For each literal, the clauses it occurs in. Lets a session walk from a model to a nearby one
 * touching only the clauses that change. Immutable and thread-safe.
 */
public final class ClauseIndex {
  private final int[][] clauses;
  private final int[][] occurrences;

  ClauseIndex(Cnf cnf) {
    this.clauses = cnf.clauses();
    int n = cnf.numVars();
    int[] counts = new int[2 * n + 2];
    for (int k = 0; k < clauses.length; k++) {
      for (int lit : clauses[k]) {
        counts[index(lit)]++;
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
}
