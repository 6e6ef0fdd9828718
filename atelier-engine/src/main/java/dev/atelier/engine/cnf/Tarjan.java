package dev.atelier.engine.cnf;

import java.util.Arrays;

/**
 * Tarjan's strongly connected components of a directed graph in compressed adjacency form,
 * iterative (no recursion, for graphs of hundreds of thousands of nodes).
 */
public final class Tarjan {
  private Tarjan() {}

  /**
   * The component of every node: nodes {@code 0..n-1}, the successors of node {@code u} are {@code
   * edges[start[u] .. start[u + 1] - 1]}. Components are numbered in the order they complete (a
   * reverse topological order of the condensation).
   */
  public static int[] components(int n, int[] start, int[] edges) {
    int[] index = new int[n];
    Arrays.fill(index, -1);
    int[] low = new int[n];
    int[] component = new int[n];
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int stackSize = 0;
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    int depth = 0;
    int counter = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      callNode[0] = root;
      callEdge[0] = start[root];
      depth = 1;
      index[root] = low[root] = counter++;
      stack[stackSize++] = root;
      onStack[root] = true;
      while (depth > 0) {
        int u = callNode[depth - 1];
        if (callEdge[depth - 1] < start[u + 1]) {
          int w = edges[callEdge[depth - 1]++];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[stackSize++] = w;
            onStack[w] = true;
            callNode[depth] = w;
            callEdge[depth] = start[w];
            depth++;
          } else if (onStack[w]) {
            low[u] = Math.min(low[u], index[w]);
          }
          continue;
        }
        if (low[u] == index[u]) {
          int w;
          do {
            w = stack[--stackSize];
            onStack[w] = false;
            component[w] = components;
          } while (w != u);
          components++;
        }
        depth--;
        if (depth > 0) {
          int parent = callNode[depth - 1];
          low[parent] = Math.min(low[parent], low[u]);
        }
      }
    }
    return component;
  }
}
