package dev.atelier.engine.count;

import java.util.BitSet;
import java.util.List;

/**
 * A greedy min-fill elimination order of the constraint graph of a set of factors (variables
 * adjacent when they share a factor), ties broken by fewer neighbours: the standard heuristic for a
 * narrow tree decomposition. Variables in no factor come first (they are free). Stateless.
 */
final class EliminationOrders {
  private EliminationOrders() {}

  static int[] minFill(int n, List<Factor> factors) {
    BitSet[] adj = new BitSet[n];
    for (int v = 0; v < n; v++) {
      adj[v] = new BitSet(n);
    }
    for (Factor f : factors) {
      for (int a : f.scope) {
        for (int b : f.scope) {
          if (a != b) {
            adj[a].set(b);
          }
        }
      }
    }
    boolean[] gone = new boolean[n];
    int[] order = new int[n];
    for (int step = 0; step < n; step++) {
      int best = -1;
      long bestCost = Long.MAX_VALUE;
      for (int v = 0; v < n; v++) {
        if (gone[v]) {
          continue;
        }
        long cost = ((long) fill(adj, v, bestCost >>> 20) << 20) + adj[v].cardinality();
        if (cost < bestCost) {
          bestCost = cost;
          best = v;
        }
      }
      order[step] = best;
      gone[best] = true;
      BitSet nb = adj[best];
      for (int u = nb.nextSetBit(0); u >= 0; u = nb.nextSetBit(u + 1)) {
        adj[u].or(nb);
        adj[u].clear(u);
        adj[u].clear(best);
      }
    }
    return order;
  }

  /** Missing edges among the neighbours of {@code v}, counting only up to {@code limit}. */
  private static int fill(BitSet[] adj, int v, long limit) {
    BitSet nb = adj[v];
    int missing = 0;
    for (int a = nb.nextSetBit(0); a >= 0 && missing <= limit; a = nb.nextSetBit(a + 1)) {
      BitSet na = adj[a];
      for (int b = nb.nextSetBit(a + 1); b >= 0; b = nb.nextSetBit(b + 1)) {
        if (!na.get(b)) {
          missing++;
        }
      }
    }
    return missing;
  }
}
