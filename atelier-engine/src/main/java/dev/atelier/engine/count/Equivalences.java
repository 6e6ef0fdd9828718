package dev.atelier.engine.count;

import dev.atelier.engine.cnf.Tarjan;
import java.util.Arrays;
import java.util.List;

/**
 * Equivalent literals of a CNF: the strongly connected components of its binary implication graph
 * (clause {@code a | b} gives {@code -a -> b} and {@code -b -> a}), found by an iterative Tarjan
 * search (product-documentation CNFs have long alias chains; recursion would need a deep stack).
 * Stateless.
 */
final class Equivalences {
  private Equivalences() {}

  /**
   * For each variable the literal it is equivalent to with the smallest variable ({@code v} itself
   * when none is smaller), or null when some variable is equivalent to its own negation.
   */
  static int[] representatives(int numVars, List<int[]> clauses) {
    int nodes = 2 * numVars + 2;
    int[] degree = new int[nodes];
    for (int[] c : clauses) {
      if (c.length == 2) {
        degree[DecisionDnnf.index(-c[0])]++;
        degree[DecisionDnnf.index(-c[1])]++;
      }
    }
    int[][] succ = new int[nodes][];
    for (int i = 0; i < nodes; i++) {
      succ[i] = new int[degree[i]];
    }
    int[] fill = new int[nodes];
    for (int[] c : clauses) {
      if (c.length == 2) {
        int a = DecisionDnnf.index(-c[0]);
        int b = DecisionDnnf.index(-c[1]);
        succ[a][fill[a]++] = DecisionDnnf.index(c[1]);
        succ[b][fill[b]++] = DecisionDnnf.index(c[0]);
      }
    }
    int[] comp = scc(nodes, succ);
    // Smallest literal node per component: node 2v (or 2v+1) of the smallest v.
    int[] smallest = new int[nodes];
    Arrays.fill(smallest, Integer.MAX_VALUE);
    for (int i = 2; i < nodes; i++) {
      smallest[comp[i]] = Math.min(smallest[comp[i]], i);
    }
    int[] map = new int[numVars + 1];
    for (int v = 1; v <= numVars; v++) {
      int pos = 2 * v;
      if (comp[pos] == comp[pos + 1]) {
        return null;
      }
      int s = smallest[comp[pos]];
      map[v] = (s & 1) == 0 ? s >> 1 : -(s >> 1);
    }
    return map;
  }

  /** Component number of every node (Tarjan, iterative). */
  private static int[] scc(int nodes, int[][] succ) {
    int[] start = new int[nodes + 1];
    for (int i = 0; i < nodes; i++) {
      start[i + 1] = start[i] + succ[i].length;
    }
    int[] edges = new int[start[nodes]];
    for (int i = 0; i < nodes; i++) {
      System.arraycopy(succ[i], 0, edges, start[i], succ[i].length);
    }
    return Tarjan.components(nodes, start, edges);
  }
}
