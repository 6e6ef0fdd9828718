package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Count-preserving elimination of functionally defined variables (the derived codes of product
 * documentation: {@code x <-> a & b}, {@code x <-> a | b | c}). A gate is a clause {@code g | -l1 |
 * ... | -lk} together with the binary clauses {@code -g | li}: then {@code g <-> l1 & ... & lk}, so
 * the variable of {@code g} is determined by the others in every model and {@code exists x. F} has
 * as many models over the other variables as {@code F} has. Its elimination replaces the clauses
 * mentioning {@code x} by the resolvents of gate clauses with the other clauses (resolving two
 * non-gate clauses gives only implied clauses, as in SatElite's gate-based elimination), and only
 * when that adds no more clauses than it removes and no resolvent is longer than {@value
 * #MAX_RESOLVENT}; eliminated variables come back as units (they occur in no clause, so fixing them
 * keeps the count). Stateless.
 */
final class GateElimination {
  private static final int MAX_RESOLVENT = 24;
  private static final int MAX_OCCURRENCES = 40;

  /** The clauses without the eliminated variables, and those variables (as positive units). */
  record Eliminated(int[][] clauses, int[] eliminated) {}

  private GateElimination() {}

  static Eliminated eliminate(int numVars, int[][] input, Deadline deadline) {
    List<int[]> clauses = new ArrayList<>(Arrays.asList(input));
    boolean[] alive = new boolean[clauses.size()];
    Arrays.fill(alive, true);
    List<List<Integer>> occ = new ArrayList<>(2 * numVars + 2);
    for (int i = 0; i < 2 * numVars + 2; i++) {
      occ.add(new ArrayList<>());
    }
    Set<Long> binaries = new HashSet<>();
    for (int k = 0; k < clauses.size(); k++) {
      index(clauses.get(k), k, occ, binaries);
    }
    List<Integer> gone = new ArrayList<>();
    boolean changed = true;
    while (changed && !deadline.expired()) {
      changed = false;
      for (int v = 1; v <= numVars; v++) {
        int[] gate = gate(v, clauses, alive, occ, binaries);
        if (gate == null) {
          continue;
        }
        List<int[]> resolvents = resolvents(v, gate, clauses, alive, occ);
        int removed =
            live(occ.get(DecisionDnnf.index(v)), alive).size()
                + live(occ.get(DecisionDnnf.index(-v)), alive).size();
        if (resolvents == null || resolvents.size() > removed) {
          continue;
        }
        for (int lit : new int[] {v, -v}) {
          for (int k : occ.get(DecisionDnnf.index(lit))) {
            if (alive[k]) {
              alive[k] = false;
              int[] c = clauses.get(k);
              if (c.length == 2) {
                binaries.remove(key(c[0], c[1]));
              }
            }
          }
        }
        for (int[] r : resolvents) {
          int k = clauses.size();
          clauses.add(r);
          alive = alive.length > k ? alive : Arrays.copyOf(alive, 2 * k + 2);
          alive[k] = true;
          index(r, k, occ, binaries);
        }
        gone.add(v);
        changed = true;
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < clauses.size(); k++) {
      if (alive[k]) {
        out.add(clauses.get(k));
      }
    }
    return new Eliminated(
        out.toArray(new int[0][]), gone.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The gate clause ({@code g} first) defining variable {@code v}, or null: a live clause with
   * {@code g = v} or {@code -v} whose every other literal {@code m} has the binary {@code -g | -m}.
   */
  private static int[] gate(
      int v, List<int[]> clauses, boolean[] alive, List<List<Integer>> occ, Set<Long> binaries) {
    int total = occ.get(DecisionDnnf.index(v)).size() + occ.get(DecisionDnnf.index(-v)).size();
    if (total > MAX_OCCURRENCES) {
      return null;
    }
    for (int g : new int[] {v, -v}) {
      for (int k : occ.get(DecisionDnnf.index(g))) {
        if (!alive[k] || clauses.get(k).length < 2) {
          continue;
        }
        int[] c = clauses.get(k);
        boolean isGate = true;
        for (int m : c) {
          if (m != g && !binaries.contains(key(-g, -m))) {
            isGate = false;
            break;
          }
        }
        if (isGate) {
          int[] gate = new int[c.length];
          gate[0] = g;
          int n = 1;
          for (int m : c) {
            if (m != g) {
              gate[n++] = m;
            }
          }
          return gate;
        }
      }
    }
    return null;
  }

  /**
   * Resolvents on {@code v} of the gate's clauses with the other clauses, without tautologies and
   * duplicates; null when one would be longer than the limit.
   */
  private static List<int[]> resolvents(
      int v, int[] gate, List<int[]> clauses, boolean[] alive, List<List<Integer>> occ) {
    int g = gate[0];
    Set<Integer> gateKs = new HashSet<>();
    for (int k : live(occ.get(DecisionDnnf.index(g)), alive)) {
      if (sameSet(clauses.get(k), gate)) {
        gateKs.add(k);
      }
    }
    for (int k : live(occ.get(DecisionDnnf.index(-g)), alive)) {
      int[] c = clauses.get(k);
      if (c.length == 2
          && Arrays.stream(gate).anyMatch(m -> m != g && (c[0] == -m || c[1] == -m))) {
        gateKs.add(k);
      }
    }
    Set<List<Integer>> seen = new HashSet<>();
    List<int[]> out = new ArrayList<>();
    for (int k1 : live(occ.get(DecisionDnnf.index(v)), alive)) {
      for (int k2 : live(occ.get(DecisionDnnf.index(-v)), alive)) {
        if (gateKs.contains(k1) == gateKs.contains(k2)) {
          continue;
        }
        int[] r = resolve(clauses.get(k1), clauses.get(k2), v);
        if (r == null) {
          continue;
        }
        if (r.length > MAX_RESOLVENT) {
          return null;
        }
        List<Integer> key = new ArrayList<>(r.length);
        for (int lit : r) {
          key.add(lit);
        }
        if (seen.add(key)) {
          out.add(r);
        }
      }
    }
    return out;
  }

  private static boolean sameSet(int[] clause, int[] gate) {
    if (clause.length != gate.length) {
      return false;
    }
    int[] a = clause.clone();
    int[] b = gate.clone();
    Arrays.sort(a);
    Arrays.sort(b);
    return Arrays.equals(a, b);
  }

  /**
   * The sorted resolvent of {@code a} (with v) and {@code b} (with -v), or null if tautological.
   */
  private static int[] resolve(int[] a, int[] b, int v) {
    int[] r = new int[a.length + b.length];
    int n = 0;
    for (int lit : a) {
      if (Math.abs(lit) != v) {
        r[n++] = lit;
      }
    }
    for (int lit : b) {
      if (Math.abs(lit) != v) {
        r[n++] = lit;
      }
    }
    Arrays.sort(r, 0, n);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m > 0 && r[m - 1] == r[i]) {
        continue;
      }
      r[m++] = r[i];
    }
    for (int i = 0; i < m; i++) {
      if (Arrays.binarySearch(r, 0, m, -r[i]) >= 0) {
        return null;
      }
    }
    return Arrays.copyOf(r, m);
  }

  private static List<Integer> live(List<Integer> ks, boolean[] alive) {
    List<Integer> out = new ArrayList<>(ks.size());
    for (int k : ks) {
      if (alive[k]) {
        out.add(k);
      }
    }
    return out;
  }

  private static void index(int[] c, int k, List<List<Integer>> occ, Set<Long> binaries) {
    for (int lit : c) {
      occ.get(DecisionDnnf.index(lit)).add(k);
    }
    if (c.length == 2) {
      binaries.add(key(c[0], c[1]));
    }
  }

  private static long key(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return ((long) lo << 32) ^ (hi & 0xffffffffL);
  }
}
