package dev.atelier.engine.session;

import dev.atelier.engine.cnf.Tarjan;
import dev.atelier.engine.compile.ClauseIndex;
import dev.atelier.engine.compile.CompiledModel;

/**
 * The binary implication graph of a compiled CNF (each two-literal clause {@code a ∨ b} gives the
 * edges {@code ¬a → b} and {@code ¬b → a}) and its strongly connected components, computed once per
 * compiled version (a memo of the {@link CompiledModel}). Literals in one component imply each
 * other, so they hold together in every model (an atomic set, as in Krieter's modal implication
 * graph): one representative is decided, probed or witnessed for all of them. A component holding a
 * literal and its negation makes the CNF unsatisfiable. Immutable and thread-safe.
 */
final class ImplicationGraph {
  private final int[] representative;
  private final int[] height;
  private final int[] reach;
  private final int classes;
  private final boolean contradictory;

  private ImplicationGraph(
      int[] representative, int[][] heightAndReach, int classes, boolean contradictory) {
    this.representative = representative;
    this.height = heightAndReach[0];
    this.reach = heightAndReach[1];
    this.classes = classes;
    this.contradictory = contradictory;
  }

  /** The graph of {@code model}'s CNF, computed on first use and shared by its sessions. */
  static ImplicationGraph of(CompiledModel model) {
    return model
        .memo(ImplicationGraph.class)
        .orElseGet(
            () -> {
              model.offerMemo(
                  ImplicationGraph.class, of(model.clauseIndex(), model.cnf().numVars()));
              return model.memo(ImplicationGraph.class).orElseThrow();
            });
  }

  static ImplicationGraph of(ClauseIndex index, int numVars) {
    int nodes = 2 * numVars + 2;
    int[] degree = new int[nodes + 1];
    for (int k = 0; k < index.clauseCount(); k++) {
      int[] c = index.clause(k);
      if (c.length == 2) {
        degree[node(-c[0])]++;
        degree[node(-c[1])]++;
      }
    }
    int[] start = new int[nodes + 1];
    for (int i = 0; i < nodes; i++) {
      start[i + 1] = start[i] + degree[i];
    }
    int[] edges = new int[start[nodes]];
    int[] fill = start.clone();
    for (int k = 0; k < index.clauseCount(); k++) {
      int[] c = index.clause(k);
      if (c.length == 2) {
        edges[fill[node(-c[0])]++] = node(c[1]);
        edges[fill[node(-c[1])]++] = node(c[0]);
      }
    }
    int[] component = Tarjan.components(nodes, start, edges);
    // The representative of a component: its literal of the smallest variable (the negated
    // component then has the negated representative).
    int count = 0;
    int[] best = new int[nodes];
    for (int v = numVars; v >= 1; v--) {
      best[component[node(v)]] = v;
      best[component[node(-v)]] = -v;
    }
    int[] representative = new int[nodes];
    boolean contradictory = false;
    boolean[] seen = new boolean[nodes];
    for (int v = 1; v <= numVars; v++) {
      representative[node(v)] = best[component[node(v)]];
      representative[node(-v)] = best[component[node(-v)]];
      contradictory |= component[node(v)] == component[node(-v)];
      if (!seen[component[node(v)]]) {
        seen[component[node(v)]] = true;
        count++;
      }
    }
    return new ImplicationGraph(
        representative, heights(nodes, start, edges, component), count, contradictory);
  }

  /**
   * Per node, the number of literals on the longest implication chain leaving it (components
   * counted by their size), and an upper estimate of how many literals it implies (the sizes of the
   * successor components summed, so shared descendants count once per path): Tarjan numbers
   * components sinks first, so one pass in that order sees every successor component finished.
   */
  private static int[][] heights(int nodes, int[] start, int[] edges, int[] component) {
    int components = 0;
    for (int c : component) {
      components = Math.max(components, c + 1);
    }
    int[] first = new int[components + 1];
    for (int c : component) {
      first[c + 1]++;
    }
    for (int c = 0; c < components; c++) {
      first[c + 1] += first[c];
    }
    int[] members = new int[nodes];
    int[] fill = first.clone();
    for (int u = 0; u < nodes; u++) {
      members[fill[component[u]]++] = u;
    }
    int[] byComponent = new int[components];
    long[] reachOf = new long[components];
    for (int c = 0; c < components; c++) {
      int below = 0;
      long sum = 0;
      for (int m = first[c]; m < first[c + 1]; m++) {
        int u = members[m];
        for (int e = start[u]; e < start[u + 1]; e++) {
          if (component[edges[e]] != c) {
            below = Math.max(below, byComponent[component[edges[e]]]);
            sum += reachOf[component[edges[e]]];
          }
        }
      }
      byComponent[c] = Math.min(Integer.MAX_VALUE / 2, below + first[c + 1] - first[c]);
      reachOf[c] = Math.min(Integer.MAX_VALUE / 2, sum + first[c + 1] - first[c]);
    }
    int[] height = new int[nodes];
    int[] reach = new int[nodes];
    for (int u = 0; u < nodes; u++) {
      height[u] = byComponent[component[u]];
      reach[u] = (int) reachOf[component[u]];
    }
    return new int[][] {height, reach};
  }

  static int node(int lit) {
    return lit > 0 ? 2 * lit : -2 * lit + 1;
  }

  /** The literal standing for {@code lit}'s atomic set (equal in every model; itself if alone). */
  int representative(int lit) {
    return representative[node(lit)];
  }

  /**
   * The number of literals on the longest chain of binary implications from {@code lit}, itself
   * included: a literal high in the graph forces many others (a deep feature forces its menus).
   */
  int height(int lit) {
    return height[node(lit)];
  }

  /**
   * An upper estimate of how many literals {@code lit} implies through binary clauses, itself
   * included (descendants reached on several paths count once per path).
   */
  int reach(int lit) {
    return reach[node(lit)];
  }

  /** How many atomic sets the positive literals form (the number of variables when none merge). */
  int classes() {
    return classes;
  }

  /** Whether some literal and its negation imply each other (the CNF has no model). */
  boolean contradictory() {
    return contradictory;
  }
}
