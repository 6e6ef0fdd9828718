package dev.atelier.engine.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Count-preserving simplification of a CNF, as product-documentation formulas need it (a third of
 * their variables are codes equivalent to others): unit propagation, then equivalent literals (the
 * strongly connected components of the binary implication graph) replaced by one representative,
 * repeated while it changes something. The simplified CNF keeps the variable numbering; every
 * variable fixed or substituted away comes back as a unit literal (it is determined in every model,
 * so fixing it keeps the count). Stateless.
 */
final class CnfSimplifier {

  /** The simplified clauses and the units that fix the variables they no longer mention. */
  record Simplified(int[][] clauses, int[] units) {}

  private CnfSimplifier() {}

  /** The simplified CNF, or empty when propagation or an equivalence shows it unsatisfiable. */
  static Optional<Simplified> simplify(int numVars, int[][] clauses, int[] units) {
    byte[] value = new byte[numVars + 1];
    int[] repr = new int[numVars + 1]; // 0: not substituted; else the literal v stands for
    List<int[]> current = new ArrayList<>(Arrays.asList(clauses));
    List<Integer> pending = new ArrayList<>();
    for (int lit : units) {
      pending.add(lit);
    }
    for (int round = 0; round < 4; round++) {
      List<int[]> reduced = propagate(value, current, pending);
      if (reduced == null) {
        return Optional.empty();
      }
      int[] map = Equivalences.representatives(numVars, reduced);
      if (map == null) {
        return Optional.empty();
      }
      boolean changed = false;
      for (int v = 1; v <= numVars; v++) {
        if (map[v] != v && repr[v] == 0 && value[v] == 0) {
          repr[v] = map[v];
          changed = true;
        }
      }
      current = substitute(reduced, map);
      if (!changed && pending.isEmpty()) {
        break;
      }
    }
    List<Integer> fixed = new ArrayList<>();
    for (int v = 1; v <= numVars; v++) {
      if (value[v] != 0) {
        fixed.add(value[v] > 0 ? v : -v);
      } else if (repr[v] != 0) {
        fixed.add(v); // determined by its representative; any fixed value keeps the count
      }
    }
    return Optional.of(
        new Simplified(
            current.toArray(new int[0][]), fixed.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** Clauses under the units (pending and found), or null on a conflict. */
  private static List<int[]> propagate(byte[] value, List<int[]> clauses, List<Integer> pending) {
    List<int[]> work = clauses;
    while (true) {
      for (int lit : pending) {
        int v = Math.abs(lit);
        byte sign = (byte) (lit > 0 ? 1 : -1);
        if (value[v] == -sign) {
          return null;
        }
        value[v] = sign;
      }
      pending.clear();
      List<int[]> out = new ArrayList<>(work.size());
      for (int[] clause : work) {
        int[] open = new int[clause.length];
        int n = 0;
        boolean sat = false;
        for (int lit : clause) {
          byte val = value[Math.abs(lit)];
          if (val == 0) {
            open[n++] = lit;
          } else if (val > 0 == lit > 0) {
            sat = true;
            break;
          }
        }
        if (sat) {
          continue;
        }
        if (n == 0) {
          return null;
        }
        if (n == 1) {
          pending.add(open[0]);
        } else {
          out.add(n == clause.length ? clause : Arrays.copyOf(open, n));
        }
      }
      if (pending.isEmpty()) {
        return out;
      }
      work = out;
    }
  }

  /** Clauses with every literal replaced by its representative, without duplicates. */
  private static List<int[]> substitute(List<int[]> clauses, int[] map) {
    Set<List<Integer>> seen = new HashSet<>();
    List<int[]> out = new ArrayList<>(clauses.size());
    for (int[] clause : clauses) {
      int[] mapped = new int[clause.length];
      for (int i = 0; i < clause.length; i++) {
        int lit = clause[i];
        int r = map[Math.abs(lit)];
        mapped[i] = lit > 0 ? r : -r;
      }
      Arrays.sort(mapped);
      int n = 0;
      boolean tautology = false;
      for (int i = 0; i < mapped.length; i++) {
        if (n > 0 && mapped[n - 1] == mapped[i]) {
          continue;
        }
        mapped[n++] = mapped[i];
      }
      for (int i = 0; i < n && !tautology; i++) {
        tautology = Arrays.binarySearch(mapped, 0, n, -mapped[i]) >= 0;
      }
      if (tautology) {
        continue;
      }
      int[] c = Arrays.copyOf(mapped, n);
      List<Integer> key = new ArrayList<>(n);
      for (int lit : c) {
        key.add(lit);
      }
      if (seen.add(key)) {
        out.add(c);
      }
    }
    return out;
  }
}
