package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import java.util.BitSet;

/**
 * A greedy min-fill elimination order of a CNF's primal graph (variables adjacent when they share a
 * clause), ties broken by degree, as a rank per variable: variables eliminated last (the top
 * separators of the implied tree decomposition) rank highest, as sharpSAT-TD branches on them
 * first. Fill values are recomputed only within two steps of each elimination (sparse graphs).
 * Narrower than the min-degree order ({@link EliminationOrder}) on product documentation.
 * Stateless.
 */
final class FillOrder {

  /**
   * Ranks (index 0 unused, higher = eliminated later), the order's width and each variable's
   * neighbours when it was eliminated (its bag without it; null for a variable in no clause).
   */
  record Order(int[] ranks, int width, int[][] bags) {
    /** {@code v}'s neighbours at its elimination (none for a variable in no clause). */
    int[] bag(int v) {
      return bags[v] == null ? new int[0] : bags[v];
    }

    /** Each variable's parent in the elimination tree: its neighbour eliminated next (0: root). */
    int[] parents() {
      int[] parent = new int[ranks.length];
      for (int v = 1; v < ranks.length; v++) {
        int p = 0;
        for (int u : bag(v)) {
          if (p == 0 || ranks[u] < ranks[p]) {
            p = u;
          }
        }
        parent[v] = p;
      }
      return parent;
    }
  }

  private FillOrder() {}

  /** The order, or null when the deadline passes first. */
  static Order of(int numVars, int[][] clauses, Deadline deadline) {
    BitSet[] adj = new BitSet[numVars + 1];
    for (int v = 0; v <= numVars; v++) {
      adj[v] = new BitSet();
    }
    boolean[] alive = new boolean[numVars + 1];
    for (int[] c : clauses) {
      for (int a : c) {
        alive[Math.abs(a)] = true;
        for (int b : c) {
          if (Math.abs(a) != Math.abs(b)) {
            adj[Math.abs(a)].set(Math.abs(b));
          }
        }
      }
    }
    long[] cost = new long[numVars + 1];
    int[] rank = new int[numVars + 1];
    int step = 0;
    for (int v = 1; v <= numVars; v++) {
      if (alive[v]) {
        cost[v] = cost(adj, v);
      } else {
        rank[v] = ++step; // in no clause: free, first to go
      }
    }
    int width = 0;
    int[][] bags = new int[numVars + 1][];
    while (true) {
      if ((step & 63) == 0 && deadline.expired()) {
        return null;
      }
      int best = 0;
      for (int v = 1; v <= numVars; v++) {
        if (alive[v] && (best == 0 || cost[v] < cost[best])) {
          best = v;
        }
      }
      if (best == 0) {
        return new Order(rank, width, bags);
      }
      rank[best] = ++step;
      BitSet nb = adj[best];
      width = Math.max(width, nb.cardinality());
      alive[best] = false;
      bags[best] = nb.stream().toArray();
      BitSet touched = new BitSet();
      for (int u = nb.nextSetBit(0); u >= 0; u = nb.nextSetBit(u + 1)) {
        adj[u].or(nb);
        adj[u].clear(u);
        adj[u].clear(best);
        touched.or(adj[u]);
        touched.set(u);
      }
      for (int u = touched.nextSetBit(0); u >= 0; u = touched.nextSetBit(u + 1)) {
        if (alive[u]) {
          cost[u] = cost(adj, u);
        }
      }
    }
  }

  private static long cost(BitSet[] adj, int v) {
    BitSet nb = adj[v];
    long missing = 0;
    for (int a = nb.nextSetBit(0); a >= 0; a = nb.nextSetBit(a + 1)) {
      BitSet na = adj[a];
      for (int b = nb.nextSetBit(a + 1); b >= 0; b = nb.nextSetBit(b + 1)) {
        if (!na.get(b)) {
          missing++;
        }
      }
    }
    return (missing << 20) + nb.cardinality();
  }
}
