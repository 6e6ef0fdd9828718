package dev.atelier.engine.count;

import java.util.Arrays;

/**
 * The binary links of a CNF (binary clauses over two distinct variables, any signs) covered
 * greedily by cliques of three or more variables, the rest left as links. Under unit propagation
 * every binary clause over two unassigned variables is open, so the unassigned members of a clique
 * are connected whatever the assignment: {@link LinkSplitter} visits a clique once, in time linear
 * in its size, instead of reading each member's links to every other member (quadratic).
 * At-most-one groups of product documentation (pairwise {@code -a | -b}, families of up to 24
 * codes) are such cliques. Bounded: cliques of at most {@value #MAX_CLIQUE} variables, grown only
 * from variables of at most {@value #MAX_DEGREE} links. Immutable after construction.
 */
final class LinkCliques {
  static final int MAX_CLIQUE = 64;
  static final int MAX_DEGREE = 512;

  /** By variable: the other variable of each binary link that no clique covers. */
  final int[][] links;

  /** By variable: the cliques it belongs to. */
  final int[][] cliquesOf;

  /** By clique: its variables. */
  final int[][] members;

  /** The cover of the links of {@code clauses} over variables 1..numVars. */
  LinkCliques(int numVars, int[][] clauses) {
    int n = numVars + 1;
    int[][] adj = adjacency(n, clauses);
    // covered[v][i]: the link v - adj[v][i] is inside a clique.
    boolean[][] covered = new boolean[n][];
    for (int v = 0; v < n; v++) {
      covered[v] = new boolean[adj[v].length];
    }
    int[][] found = new int[16][];
    int count = 0;
    int[] clique = new int[MAX_CLIQUE];
    for (int v = 1; v < n; v++) {
      if (adj[v].length < 2 || adj[v].length > MAX_DEGREE) {
        continue;
      }
      int size = 0;
      clique[size++] = v;
      for (int i = 0; i < adj[v].length && size < MAX_CLIQUE; i++) {
        int u = adj[v][i];
        if (covered[v][i] || u < v) {
          continue;
        }
        boolean all = true;
        for (int j = 1; j < size && all; j++) {
          all = Arrays.binarySearch(adj[u], clique[j]) >= 0;
        }
        if (all) {
          clique[size++] = u;
        }
      }
      if (size < 3) {
        continue;
      }
      for (int a = 0; a < size; a++) {
        for (int b = 0; b < size; b++) {
          if (a != b) {
            covered[clique[a]][Arrays.binarySearch(adj[clique[a]], clique[b])] = true;
          }
        }
      }
      if (count == found.length) {
        found = Arrays.copyOf(found, 2 * count);
      }
      int[] members = Arrays.copyOf(clique, size);
      Arrays.sort(members);
      found[count++] = members;
    }
    this.members = Arrays.copyOf(found, count);
    int[] cliqueCount = new int[n];
    for (int[] m : this.members) {
      for (int v : m) {
        cliqueCount[v]++;
      }
    }
    cliquesOf = new int[n][];
    links = new int[n][];
    for (int v = 0; v < n; v++) {
      cliquesOf[v] = new int[cliqueCount[v]];
      int open = 0;
      for (boolean c : covered[v]) {
        open += c ? 0 : 1;
      }
      links[v] = new int[open];
      open = 0;
      for (int i = 0; i < adj[v].length; i++) {
        if (!covered[v][i]) {
          links[v][open++] = adj[v][i];
        }
      }
    }
    Arrays.fill(cliqueCount, 0);
    for (int g = 0; g < this.members.length; g++) {
      for (int v : this.members[g]) {
        cliquesOf[v][cliqueCount[v]++] = g;
      }
    }
  }

  /** By variable: the sorted, distinct other variables of its binary links. */
  private static int[][] adjacency(int n, int[][] clauses) {
    int[] degree = new int[n];
    for (int[] c : clauses) {
      if (LinkSplitter.isLink(c)) {
        degree[Math.abs(c[0])]++;
        degree[Math.abs(c[1])]++;
      }
    }
    int[][] adj = new int[n][];
    for (int v = 0; v < n; v++) {
      adj[v] = new int[degree[v]];
    }
    Arrays.fill(degree, 0);
    for (int[] c : clauses) {
      if (LinkSplitter.isLink(c)) {
        int a = Math.abs(c[0]);
        int b = Math.abs(c[1]);
        adj[a][degree[a]++] = b;
        adj[b][degree[b]++] = a;
      }
    }
    for (int v = 0; v < n; v++) {
      int[] a = adj[v];
      Arrays.sort(a);
      int distinct = 0;
      for (int i = 0; i < a.length; i++) {
        if (i == 0 || a[i] != a[i - 1]) {
          a[distinct++] = a[i];
        }
      }
      adj[v] = distinct == a.length ? a : Arrays.copyOf(a, distinct);
    }
    return adj;
  }
}
