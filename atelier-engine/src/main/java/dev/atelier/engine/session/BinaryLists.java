package dev.atelier.engine.session;

import dev.atelier.engine.compile.ClauseIndex;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A compiled CNF's clauses split for probes (session 19): per literal, the literals its binary
 * clauses imply ({@code a ∨ b} gives {@code ¬a → b} and {@code ¬b → a}), and the other clauses it
 * occurs in. On Kconfig-like models nearly every clause is binary and a chunk literal's probe
 * assigns thousands of literals, so following implications directly instead of reading each clause
 * saves most of a probe's memory reads. Computed once per {@link ClauseIndex} and shared (weakly
 * held); immutable and thread-safe once built.
 */
final class BinaryLists {
  private static final Map<ClauseIndex, BinaryLists> SHARED = new WeakHashMap<>();
  private static final int[] NONE = new int[0];

  private final int[][] implied;
  private final int[][] longer;

  private BinaryLists(int[][] implied, int[][] longer) {
    this.implied = implied;
    this.longer = longer;
  }

  /** The lists of {@code index}, built on first use. */
  static synchronized BinaryLists of(ClauseIndex index) {
    return SHARED.computeIfAbsent(index, BinaryLists::build);
  }

  private static BinaryLists build(ClauseIndex index) {
    int vars = 0;
    for (int k = 0; k < index.clauseCount(); k++) {
      for (int lit : index.clause(k)) {
        vars = Math.max(vars, Math.abs(lit));
      }
    }
    int nodes = 2 * vars + 2;
    int[] binaryCount = new int[nodes];
    int[] longerCount = new int[nodes];
    for (int k = 0; k < index.clauseCount(); k++) {
      int[] c = index.clause(k);
      if (c.length == 2) {
        binaryCount[node(-c[0])]++;
        binaryCount[node(-c[1])]++;
      } else {
        for (int lit : c) {
          longerCount[node(lit)]++;
        }
      }
    }
    int[][] implied = new int[nodes][];
    int[][] longer = new int[nodes][];
    for (int i = 0; i < nodes; i++) {
      implied[i] = new int[binaryCount[i]];
      longer[i] = new int[longerCount[i]];
    }
    int[] binaryFill = new int[nodes];
    int[] longerFill = new int[nodes];
    for (int k = 0; k < index.clauseCount(); k++) {
      int[] c = index.clause(k);
      if (c.length == 2) {
        implied[node(-c[0])][binaryFill[node(-c[0])]++] = c[1];
        implied[node(-c[1])][binaryFill[node(-c[1])]++] = c[0];
      } else {
        for (int lit : c) {
          longer[node(lit)][longerFill[node(lit)]++] = k;
        }
      }
    }
    return new BinaryLists(implied, longer);
  }

  /** The literals that binary clauses make true once {@code lit} is true. */
  int[] implied(int lit) {
    int node = node(lit);
    return node < implied.length ? implied[node] : NONE;
  }

  /** The indices of the clauses of other lengths that contain {@code lit}. */
  int[] longer(int lit) {
    int node = node(lit);
    return node < longer.length ? longer[node] : NONE;
  }

  private static int node(int lit) {
    return lit > 0 ? 2 * lit : -2 * lit + 1;
  }
}
