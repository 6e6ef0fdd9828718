package dev.atelier.engine.count;

import java.math.BigInteger;

/**
 * A CNF compiled into a smooth decision-DNNF: a DAG of AND nodes (literals fixed on this path,
 * variables left free, and sub-components over disjoint variables) and decision nodes (an OR of
 * exactly two AND nodes that disagree on one variable). Every path from the root mentions every
 * variable once, so conditioning on unit literals answers in one pass over the nodes: the number of
 * models ({@link #count}) and which literals occur in some model ({@link #possibleLiterals}), the
 * latter being the valid domains of a configuration. Immutable and thread-safe (each query uses its
 * own scratch arrays).
 */
public final class DecisionDnnf {
  static final byte FALSE = 0;
  static final byte AND = 1;
  static final byte DECISION = 2;

  private final int numVars;
  private final byte[] kind;
  // AND: literals, free variables, children. DECISION: children = {hi, lo}.
  private final int[][] lits;
  private final int[][] free;
  private final int[][] children;

  DecisionDnnf(int numVars, byte[] kind, int[][] lits, int[][] free, int[][] children) {
    this.numVars = numVars;
    this.kind = kind;
    this.lits = lits;
    this.free = free;
    this.children = children;
  }

  /** Number of variables of the compiled CNF. */
  public int numVars() {
    return numVars;
  }

  byte kind(int node) {
    return kind[node];
  }

  int[] lits(int node) {
    return lits[node];
  }

  int[] free(int node) {
    return free[node];
  }

  int[] children(int node) {
    return children[node];
  }

  /** Number of nodes (a measure of size). */
  public int size() {
    return kind.length;
  }

  /** The number of models in which every literal of {@code units} holds. */
  public BigInteger count(int[] units) {
    byte[] assumed = assumed(units);
    if (assumed == null) {
      return BigInteger.ZERO;
    }
    BigInteger[] value = new BigInteger[kind.length];
    for (int n = 0; n < kind.length; n++) {
      if (kind[n] == FALSE) {
        value[n] = BigInteger.ZERO;
      } else if (kind[n] == DECISION) {
        value[n] = value[children[n][0]].add(value[children[n][1]]);
      } else if (!consistent(n, assumed)) {
        value[n] = BigInteger.ZERO;
      } else {
        int freeCount = 0;
        for (int v : free[n]) {
          if (assumed[v] == 0) {
            freeCount++;
          }
        }
        BigInteger c = BigInteger.ONE.shiftLeft(freeCount);
        for (int child : children[n]) {
          c = c.multiply(value[child]);
          if (c.signum() == 0) {
            break;
          }
        }
        value[n] = c;
      }
    }
    return value[kind.length - 1];
  }

  /**
   * Which literals hold in some model in which every literal of {@code units} holds: index {@code
   * 2v} for {@code v}, {@code 2v+1} for {@code -v}. Null when there is no such model.
   */
  public boolean[] possibleLiterals(int[] units) {
    byte[] assumed = assumed(units);
    if (assumed == null) {
      return null;
    }
    int root = kind.length - 1;
    boolean[] sat = new boolean[kind.length];
    for (int n = 0; n < kind.length; n++) {
      sat[n] =
          switch (kind[n]) {
            case FALSE -> false;
            case DECISION -> sat[children[n][0]] || sat[children[n][1]];
            default -> consistent(n, assumed) && allSat(children[n], sat);
          };
    }
    if (!sat[root]) {
      return null;
    }
    boolean[] reached = new boolean[kind.length];
    boolean[] possible = new boolean[2 * numVars + 2];
    reached[root] = true;
    for (int n = root; n >= 0; n--) {
      if (!reached[n] || !sat[n]) {
        continue;
      }
      for (int child : children[n]) {
        reached[child] |= sat[child];
      }
      if (kind[n] == AND) {
        for (int lit : lits[n]) {
          possible[index(lit)] = true;
        }
        for (int v : free[n]) {
          possible[index(v)] |= assumed[v] >= 0;
          possible[index(-v)] |= assumed[v] <= 0;
        }
      }
    }
    return possible;
  }

  /** Index of {@code lit} in {@link #possibleLiterals}. */
  public static int index(int lit) {
    return lit > 0 ? 2 * lit : -2 * lit + 1;
  }

  boolean consistent(int n, byte[] assumed) {
    for (int lit : lits[n]) {
      int v = Math.abs(lit);
      if (assumed[v] != 0 && (assumed[v] > 0) != (lit > 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allSat(int[] nodes, boolean[] sat) {
    for (int child : nodes) {
      if (!sat[child]) {
        return false;
      }
    }
    return true;
  }

  /** +1/-1 per assumed variable, 0 otherwise; null when the units contradict each other. */
  byte[] assumed(int[] units) {
    byte[] assumed = new byte[numVars + 1];
    for (int lit : units) {
      int v = Math.abs(lit);
      byte sign = (byte) (lit > 0 ? 1 : -1);
      if (assumed[v] == -sign) {
        return null;
      }
      assumed[v] = sign;
    }
    return assumed;
  }
}
