package dev.atelier.engine.count;

/**
 * The payload of a {@link CliqueTree} in an artefact: domains, elimination order and per clique its
 * scope, rows, parent, children and separator numbering; indexes and the initial support state are
 * derived again on reading. Reading checks every index against its range, so a payload that passes
 * gives a tree whose arrays are consistent. Stateless.
 */
final class TreeForm {
  /** Largest domain a stored tree may have (guards allocations against corrupt input). */
  static final int MAX_DOMAIN = 1 << 24;

  private TreeForm() {}

  static void write(CliqueTree tree, BinaryOut out) {
    CliqueTree.Stored s = tree.stored();
    out.uints(s.domains());
    out.uint(s.satisfiable() ? 1 : 0);
    if (!s.satisfiable()) {
      return;
    }
    out.uints(s.order());
    out.uint64(s.cells());
    for (int x = 0; x < s.domains().length; x++) {
      out.uints(s.scope()[x]);
      out.uints(s.data()[x]);
      out.sint(s.parent()[x]);
      out.uints(s.children()[x]);
      out.uint(s.seps()[x]);
      out.uints(s.sepOf()[x]);
      if (s.parent()[x] >= 0) {
        out.uints(s.parentSep()[x]);
      }
    }
  }

  static CliqueTree read(BinaryIn in) {
    int[] domains = in.uints();
    int n = domains.length;
    for (int d : domains) {
      check(d >= 0 && d <= MAX_DOMAIN, "domain size out of range");
    }
    boolean satisfiable = in.upTo(1, "satisfiable flag") == 1;
    if (!satisfiable) {
      return CliqueTree.restore(
          new CliqueTree.Stored(
              domains, new int[0], false, null, null, null, null, null, null, null, 0));
    }
    int[] order = in.uints();
    check(order.length == n && isPermutation(order), "the order is not a permutation");
    long cells = in.uint64();
    int[][] scope = new int[n][];
    int[][] data = new int[n][];
    int[] parent = new int[n];
    int[][] children = new int[n][];
    int[] seps = new int[n];
    int[][] sepOf = new int[n][];
    int[][] parentSep = new int[n][];
    for (int x = 0; x < n; x++) {
      scope[x] = in.uints();
      check(CliqueTree.indexOf(scope[x], x) >= 0, "a clique lacks its variable");
      for (int v : scope[x]) {
        check(v >= 0 && v < n, "scope variable out of range");
      }
      data[x] = in.uints();
      int arity = scope[x].length;
      check(data[x].length % arity == 0, "rows do not fill the scope");
      for (int i = 0; i < data[x].length; i++) {
        check(
            data[x][i] >= 0 && data[x][i] < domains[scope[x][i % arity]],
            "cell value out of its domain");
      }
      parent[x] = in.sint();
      check(parent[x] >= -1 && parent[x] < n && parent[x] != x, "parent out of range");
      children[x] = in.uints();
      for (int c : children[x]) {
        check(c >= 0 && c < n && c != x, "child out of range");
      }
      seps[x] = in.upTo(Math.max(1, data[x].length / arity), "separator count");
      sepOf[x] = in.uints();
      check(sepOf[x].length == data[x].length / arity, "one separator number per row");
      checkBelow(sepOf[x], seps[x]);
      if (parent[x] >= 0) {
        parentSep[x] = in.uints();
      }
    }
    checkTree(order, parent, children);
    for (int x = 0; x < n; x++) {
      if (parent[x] >= 0) {
        int p = parent[x];
        check(parentSep[x].length == data[p].length / scope[p].length, "parent rows mismatch");
        for (int s : parentSep[x]) {
          check(s >= -1 && s < seps[x], "separator number out of range");
        }
      }
    }
    return CliqueTree.restore(
        new CliqueTree.Stored(
            domains, order, true, scope, data, parent, children, seps, sepOf, parentSep, cells));
  }

  /** Children are exactly the cliques naming the parent, and come before it in the order. */
  private static void checkTree(int[] order, int[] parent, int[][] children) {
    int n = order.length;
    int[] position = new int[n];
    for (int k = 0; k < n; k++) {
      position[order[k]] = k;
    }
    int[] named = new int[n];
    for (int x = 0; x < n; x++) {
      if (parent[x] >= 0) {
        check(position[x] < position[parent[x]], "a child comes after its parent");
        named[parent[x]]++;
      }
    }
    for (int x = 0; x < n; x++) {
      check(children[x].length == named[x], "children do not match parents");
      for (int c : children[x]) {
        check(parent[c] == x, "children do not match parents");
      }
    }
  }

  private static boolean isPermutation(int[] order) {
    boolean[] seen = new boolean[order.length];
    for (int x : order) {
      if (x < 0 || x >= order.length || seen[x]) {
        return false;
      }
      seen[x] = true;
    }
    return true;
  }

  private static void checkBelow(int[] values, int bound) {
    for (int v : values) {
      check(v >= 0 && v < bound, "separator number out of range");
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new BinaryIn.Malformed(what);
    }
  }
}
