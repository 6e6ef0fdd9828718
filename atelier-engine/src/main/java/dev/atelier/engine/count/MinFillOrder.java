package dev.atelier.engine.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.logicng.formulas.FType;
import org.logicng.formulas.Formula;
import org.logicng.formulas.Variable;
import org.logicng.knowledgecompilation.dnnf.datastructures.dtree.DTree;
import org.logicng.knowledgecompilation.dnnf.datastructures.dtree.EliminatingOrderDTreeGenerator;

/**
 * LogicNG's min-fill decomposition tree, computed by code that checks a stop condition between
 * steps: LogicNG's own generator cannot be interrupted, so a count past its deadline used to be
 * stopped with {@code Thread.stop()}. Eliminates, at each step, the variable whose neighbours need
 * the fewest fill edges (first such variable in LogicNG's variable order). Not thread-safe; one per
 * compilation.
 */
final class MinFillOrder extends EliminatingOrderDTreeGenerator {

  /** Thrown out of the generator (and the LogicNG compilation calling it) once stopped. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("stopped", null, false, false);
    }
  }

  private final BooleanSupplier stop;

  /** A generator giving up with {@link Stopped} once {@code stop} holds. */
  MinFillOrder(BooleanSupplier stop) {
    this.stop = stop;
  }

  @Override
  public DTree generate(Formula cnf) {
    List<Variable> vars = new ArrayList<>(cnf.variables());
    return generateWithEliminatingOrder(cnf, order(cnf, vars));
  }

  private List<Variable> order(Formula cnf, List<Variable> vars) {
    int n = vars.size();
    Map<Variable, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(vars.get(i), i);
    }
    int words = (n + 63) >>> 6;
    long[][] adj = new long[n][words];
    List<Formula> clauses = new ArrayList<>();
    if (cnf.type() == FType.AND) {
      cnf.forEach(clauses::add);
    } else {
      clauses.add(cnf);
    }
    for (Formula clause : clauses) {
      List<Integer> in = new ArrayList<>();
      for (Variable v : clause.variables()) {
        in.add(index.get(v));
      }
      for (int a : in) {
        for (int b : in) {
          if (a != b) {
            adj[a][b >>> 6] |= 1L << b;
          }
        }
      }
    }
    boolean[] gone = new boolean[n];
    List<Variable> ordering = new ArrayList<>(n);
    for (int step = 0; step < n; step++) {
      int best = -1;
      long bestFill = Long.MAX_VALUE;
      for (int v = 0; v < n && bestFill > 0; v++) {
        if (!gone[v]) {
          if (stop.getAsBoolean()) {
            throw new Stopped();
          }
          long fill = fill(adj[v], adj, bestFill);
          if (fill < bestFill) {
            bestFill = fill;
            best = v;
          }
        }
      }
      eliminate(best, adj, words);
      gone[best] = true;
      ordering.add(vars.get(best));
    }
    return ordering;
  }

  /** The fill edges eliminating a vertex with neighbours {@code nb} adds, or at least limit. */
  private static long fill(long[] nb, long[][] adj, long limit) {
    int[] neighbours = new int[64];
    int count = 0;
    for (int w = 0; w < nb.length; w++) {
      for (long bits = nb[w]; bits != 0; bits &= bits - 1) {
        if (count == neighbours.length) {
          neighbours = Arrays.copyOf(neighbours, 2 * count);
        }
        neighbours[count++] = (w << 6) + Long.numberOfTrailingZeros(bits);
      }
    }
    long fill = 0;
    for (int i = 0; i < count; i++) {
      long[] row = adj[neighbours[i]];
      for (int k = i + 1; k < count; k++) {
        int b = neighbours[k];
        if ((row[b >>> 6] & (1L << b)) == 0) {
          fill++;
        }
      }
      if (fill >= limit) {
        return fill;
      }
    }
    return fill;
  }

  private static void eliminate(int v, long[][] adj, int words) {
    long[] nb = adj[v];
    for (int w = 0; w < words; w++) {
      for (long bits = nb[w]; bits != 0; bits &= bits - 1) {
        int a = (w << 6) + Long.numberOfTrailingZeros(bits);
        for (int x = 0; x < words; x++) {
          adj[a][x] |= nb[x];
        }
        adj[a][a >>> 6] &= ~(1L << a);
        adj[a][v >>> 6] &= ~(1L << v);
      }
    }
  }
}
