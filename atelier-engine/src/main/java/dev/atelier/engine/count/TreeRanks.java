package dev.atelier.engine.count;

import java.util.ArrayList;
import java.util.List;

/**
 * Branching ranks from the tree decomposition a {@link FillOrder} implies, after sharpSAT-TD
 * (Korhonen and Järvisalo 2021): each variable's bag (it and its neighbours at elimination) is a
 * node, joined to its parent's; each tree is rooted at a centroid (a node whose removal leaves no
 * part of more than half the tree), and a variable ranks by the depth of the shallowest bag holding
 * it, shallower higher. Variables of equal depth tie: {@link LinkSplitter} breaks ties by the
 * variable's open links and clauses in the component (dynamic), or {@code byOrder} makes the
 * elimination order the tie-break (a total order). Stateless.
 */
final class TreeRanks {
  private TreeRanks() {}

  /** The ranks (index 0 unused, higher = branched on first) of {@code order}. */
  static int[] of(FillOrder.Order order, boolean centroid, boolean byOrder) {
    int[] rank = order.ranks();
    int[] parent = order.parents();
    int n = rank.length;
    List<List<Integer>> adj = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      adj.add(new ArrayList<>());
    }
    for (int v = 1; v < n; v++) {
      if (parent[v] != 0) {
        adj.get(v).add(parent[v]);
        adj.get(parent[v]).add(v);
      }
    }
    int[] nodeDepth = new int[n];
    java.util.Arrays.fill(nodeDepth, -1);
    // Scratch shared by every tree of the forest (their nodes are disjoint): a variable the
    // simplifier removed is a tree of its own, so per-tree arrays of n would cost n per such
    // variable.
    Scratch scratch = new Scratch(n);
    for (int v = 1; v < n; v++) {
      if (parent[v] == 0) {
        int root = centroid ? centroid(v, adj, scratch) : v;
        depths(root, adj, nodeDepth, scratch.order);
      }
    }
    int[] depth = new int[n];
    java.util.Arrays.fill(depth, Integer.MAX_VALUE);
    int maxDepth = 0;
    for (int v = 1; v < n; v++) {
      depth[v] = Math.min(depth[v], nodeDepth[v]);
      for (int u : order.bag(v)) {
        depth[u] = Math.min(depth[u], nodeDepth[v]);
      }
    }
    for (int v = 1; v < n; v++) {
      maxDepth = Math.max(maxDepth, depth[v]);
    }
    int[] ranks = new int[n];
    for (int v = 1; v < n; v++) {
      int level = maxDepth - depth[v];
      ranks[v] = byOrder ? level * n + rank[v] : level;
    }
    return ranks;
  }

  /** Per-node work arrays, each entry touched only while its own tree is walked. */
  private record Scratch(int[] order, int[] from, boolean[] seen, int[] size) {
    Scratch(int n) {
      this(new int[n], new int[n], new boolean[n], new int[n]);
    }
  }

  /** Breadth-first depths from {@code root} over its tree ({@code queue}: scratch of n). */
  private static void depths(int root, List<List<Integer>> adj, int[] nodeDepth, int[] queue) {
    int head = 0;
    int tail = 0;
    queue[tail++] = root;
    nodeDepth[root] = 0;
    while (head < tail) {
      int v = queue[head++];
      for (int u : adj.get(v)) {
        if (nodeDepth[u] < 0) {
          nodeDepth[u] = nodeDepth[v] + 1;
          queue[tail++] = u;
        }
      }
    }
  }

  /** A centroid of the tree holding {@code start}. */
  private static int centroid(int start, List<List<Integer>> adj, Scratch scratch) {
    int[] order = scratch.order();
    int[] from = scratch.from();
    boolean[] seen = scratch.seen();
    int tail = 0;
    order[tail++] = start;
    seen[start] = true;
    for (int head = 0; head < tail; head++) {
      int v = order[head];
      for (int u : adj.get(v)) {
        if (!seen[u]) {
          seen[u] = true;
          from[u] = v;
          order[tail++] = u;
        }
      }
    }
    int[] size = scratch.size();
    int best = start;
    int bestPart = Integer.MAX_VALUE;
    for (int k = tail - 1; k >= 0; k--) {
      int v = order[k];
      size[v] += 1;
      int largest = tail - size[v];
      for (int u : adj.get(v)) {
        if (u != from[v] || v == start) {
          largest = Math.max(largest, u == from[v] ? 0 : size[u]);
        }
      }
      if (largest < bestPart) {
        bestPart = largest;
        best = v;
      }
      if (v != start) {
        size[from[v]] += size[v];
      }
    }
    return best;
  }
}
