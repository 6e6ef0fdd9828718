package dev.atelier.engine.count;

/**
 * The payload of a {@link DecisionDnnf} in an artefact: the node count, then per node its kind, its
 * literals, its free variables and its children as distances back (children come before parents).
 * Reading checks every index, so a payload that passes gives a well-formed DNNF. Stateless.
 */
final class DnnfForm {
  private DnnfForm() {}

  static void write(DecisionDnnf dnnf, BinaryOut out) {
    int n = dnnf.size();
    out.uint(dnnf.numVars());
    out.uint(n);
    for (int node = 0; node < n; node++) {
      out.uint(dnnf.kind(node));
      out.sints(dnnf.lits(node));
      out.uints(dnnf.free(node));
      int[] kids = dnnf.children(node);
      out.uint(kids.length);
      for (int child : kids) {
        out.uint(node - child);
      }
    }
  }

  static DecisionDnnf read(BinaryIn in) {
    int numVars = in.upTo(Integer.MAX_VALUE / 2 - 1, "variable count");
    int n = in.length();
    if (n == 0) {
      throw new BinaryIn.Malformed("a DNNF needs its FALSE node");
    }
    byte[] kind = new byte[n];
    int[][] lits = new int[n][];
    int[][] free = new int[n][];
    int[][] children = new int[n][];
    for (int node = 0; node < n; node++) {
      kind[node] = (byte) in.upTo(DecisionDnnf.DECISION, "node kind");
      lits[node] = in.sints();
      for (int lit : lits[node]) {
        if (lit == 0 || Math.abs(lit) > numVars) {
          throw new BinaryIn.Malformed("literal out of range: " + lit);
        }
      }
      free[node] = in.uints();
      for (int v : free[node]) {
        if (v < 1 || v > numVars) {
          throw new BinaryIn.Malformed("variable out of range: " + v);
        }
      }
      children[node] = new int[in.length()];
      for (int k = 0; k < children[node].length; k++) {
        children[node][k] = node - in.upTo(node, "child distance");
      }
      for (int child : children[node]) {
        if (child >= node) {
          throw new BinaryIn.Malformed("a child must come before its parent");
        }
      }
      boolean ok =
          switch (kind[node]) {
            case DecisionDnnf.FALSE -> children[node].length == 0;
            case DecisionDnnf.DECISION -> children[node].length == 2 && lits[node].length == 0;
            default -> true;
          };
      if (!ok) {
        throw new BinaryIn.Malformed("node " + node + " has the wrong shape for its kind");
      }
    }
    if (kind[0] != DecisionDnnf.FALSE) {
      throw new BinaryIn.Malformed("node 0 must be FALSE");
    }
    return new DecisionDnnf(numVars, kind, lits, free, children);
  }
}
