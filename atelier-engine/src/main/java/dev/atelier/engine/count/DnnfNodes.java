package dev.atelier.engine.count;

import java.util.ArrayList;
import java.util.List;

/**
 * The nodes of a {@link DecisionDnnf} under construction, children before parents; node 0 is the
 * FALSE node. Not thread-safe.
 */
final class DnnfNodes {
  private static final int[] NONE = new int[0];

  private final List<Byte> kind = new ArrayList<>();
  private final List<int[]> lits = new ArrayList<>();
  private final List<int[]> free = new ArrayList<>();
  private final List<int[]> children = new ArrayList<>();
  private long bytes;

  DnnfNodes() {
    add(DecisionDnnf.FALSE, NONE, NONE, NONE);
  }

  int size() {
    return kind.size();
  }

  /** Estimated heap bytes of the nodes so far (arrays, their headers and the lists' slots). */
  long bytes() {
    return bytes;
  }

  /**
   * An AND node: {@code fixed} literals hold, {@code freeVars} take any value, and all children.
   */
  int and(int[] fixed, int[] freeVars, int[] kids) {
    return add(DecisionDnnf.AND, fixed, freeVars, kids);
  }

  /** A decision node over two satisfiable AND nodes that disagree on their decision literal. */
  int decision(int hi, int lo) {
    return add(DecisionDnnf.DECISION, NONE, NONE, new int[] {hi, lo});
  }

  private int add(byte k, int[] l, int[] f, int[] c) {
    kind.add(k);
    lits.add(l);
    free.add(f);
    children.add(c);
    // Three array headers (shared empty arrays cost nothing), three list slots and a Byte.
    bytes += 4L * (l.length + f.length + c.length) + 3 * 16 + 3 * 4 + 4;
    return kind.size() - 1;
  }

  /** The DNNF whose root is the last node added. */
  DecisionDnnf build(int numVars) {
    byte[] kinds = new byte[kind.size()];
    for (int n = 0; n < kinds.length; n++) {
      kinds[n] = kind.get(n);
    }
    return new DecisionDnnf(
        numVars,
        kinds,
        lits.toArray(new int[0][]),
        free.toArray(new int[0][]),
        children.toArray(new int[0][]));
  }

  /** The DNNF of an unsatisfiable CNF. */
  static DecisionDnnf unsatisfiable(int numVars) {
    return new DnnfNodes().build(numVars);
  }
}
