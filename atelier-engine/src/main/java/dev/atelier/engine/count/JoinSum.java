package dev.atelier.engine.count;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One elimination step: the join of the factors that mention a variable, with that variable summed
 * out. The join is nested-loop over hash indexes: factors are taken smallest first, then each one
 * sharing most variables with those before it, and each later factor is looked up by its already
 * bound variables, so only consistent combinations are ever enumerated. Not thread-safe.
 */
final class JoinSum {
  private final int[] value; // current value per variable during the join
  private final boolean big;
  private final int maxRows;
  private final Runnable tick;
  private Factor[] factors;
  private Index[] indexes;
  private int[][] newColumns; // per factor: columns whose variables it binds
  private int[] resultScope;
  private int[] tuple;
  private Factor.Builder out;
  private long[] weights; // per depth of the join: the weight of the rows bound above it
  private BigInteger[] bigWeights; // the same when counts exceed a long

  JoinSum(int numVars, boolean big, int maxRows, Runnable tick) {
    this.value = new int[numVars];
    this.big = big;
    this.maxRows = maxRows;
    this.tick = tick;
  }

  /** The join of {@code bucket} over all the variables its factors mention (nothing summed out). */
  Factor join(List<Factor> bucket) {
    return eliminate(bucket, -1);
  }

  /**
   * The join of {@code bucket} (each mentions {@code x}) with {@code x} summed out; nothing summed
   * out when {@code x} is negative.
   */
  Factor eliminate(List<Factor> bucket, int x) {
    List<Factor> todo = new ArrayList<>(bucket);
    int m = todo.size();
    factors = new Factor[m];
    indexes = new Index[m];
    newColumns = new int[m][];
    boolean[] bound = new boolean[value.length];
    for (int i = 0; i < m; i++) {
      Factor next = pick(todo, bound, i == 0);
      todo.remove(next);
      factors[i] = next;
      int[] cols = new int[next.scope.length];
      int[] fresh = new int[next.scope.length];
      int c = 0;
      int f = 0;
      for (int s = 0; s < next.scope.length; s++) {
        if (bound[next.scope[s]]) {
          cols[c++] = s;
        } else {
          fresh[f++] = s;
        }
      }
      newColumns[i] = Arrays.copyOf(fresh, f);
      indexes[i] = new Index(next, Arrays.copyOf(cols, c));
      for (int v : next.scope) {
        bound[v] = true;
      }
    }
    if (x >= 0) {
      bound[x] = false;
    }
    int count = 0;
    for (boolean b : bound) {
      count += b ? 1 : 0;
    }
    resultScope = new int[count];
    for (int v = 0, k = 0; v < bound.length; v++) {
      if (bound[v]) {
        resultScope[k++] = v;
      }
    }
    tuple = new int[resultScope.length];
    out = new Factor.Builder(resultScope.length, big, maxRows);
    weights = new long[m + 1];
    bigWeights = new BigInteger[m + 1];
    weights[0] = 1L;
    bigWeights[0] = BigInteger.ONE;
    join(0);
    return out.build(resultScope);
  }

  private static Factor pick(List<Factor> todo, boolean[] bound, boolean first) {
    Factor best = null;
    int bestShared = -1;
    for (Factor f : todo) {
      int shared = 0;
      for (int v : f.scope) {
        shared += bound[v] ? 1 : 0;
      }
      if (first) {
        shared = 0;
      }
      if (shared > bestShared || shared == bestShared && f.size < best.size) {
        best = f;
        bestShared = shared;
      }
    }
    return best;
  }

  /**
   * Enumerates the rows of factor {@code i} consistent with the variables bound so far, the weight
   * of the combination so far being {@code weights[i]} (or {@code bigWeights[i]} when big).
   */
  private void join(int i) {
    if (i == factors.length) {
      emit();
      if (big) {
        out.add(tuple, bigWeights[i]);
      } else {
        out.add(tuple, weights[i]);
      }
      return;
    }
    Factor f = factors[i];
    Index index = indexes[i];
    for (int r = index.first(value); r >= 0; r = index.next(r, value)) {
      bind(i, f, r);
      if (big) {
        bigWeights[i + 1] = bigWeights[i].multiply(f.bigWeights[r]);
      } else {
        weights[i + 1] = Math.multiplyExact(weights[i], f.weights[r]);
      }
      join(i + 1);
    }
  }

  private void bind(int i, Factor f, int r) {
    for (int s : newColumns[i]) {
      value[f.scope[s]] = f.value(r, s);
    }
  }

  private void emit() {
    tick.run();
    for (int k = 0; k < resultScope.length; k++) {
      tuple[k] = value[resultScope[k]];
    }
  }

  /** The rows of a factor by the values of some of its columns (chained hash buckets). */
  private static final class Index {
    private final Factor f;
    private final int[] cols;
    private final int[] head;
    private final int[] next;

    Index(Factor f, int[] cols) {
      this.f = f;
      this.cols = cols;
      int slots = Integer.highestOneBit(Math.max(1, f.size) * 2 - 1) << 1;
      head = new int[cols.length == 0 ? 1 : slots];
      next = new int[f.size];
      for (int r = f.size - 1; r >= 0; r--) {
        int h = slot(rowHash(r));
        next[r] = head[h] - 1;
        head[h] = r + 1;
      }
    }

    int first(int[] value) {
      return scan(head[slot(keyHash(value))] - 1, value);
    }

    int next(int r, int[] value) {
      return scan(next[r], value);
    }

    private int scan(int r, int[] value) {
      while (r >= 0 && !matches(r, value)) {
        r = next[r];
      }
      return r;
    }

    private boolean matches(int r, int[] value) {
      for (int c : cols) {
        if (f.value(r, c) != value[f.scope[c]]) {
          return false;
        }
      }
      return true;
    }

    private int slot(int h) {
      return (h ^ (h >>> 16)) & (head.length - 1);
    }

    private int rowHash(int r) {
      int h = 0;
      for (int c : cols) {
        h = Factor.hash(h, f.value(r, c));
      }
      return h;
    }

    private int keyHash(int[] value) {
      int h = 0;
      for (int c : cols) {
        h = Factor.hash(h, value[f.scope[c]]);
      }
      return h;
    }
  }
}
