package dev.atelier.engine.count;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One build of a {@link CliqueTree}: the table counter's elimination in a min-fill order, keeping
 * every bucket's join as the clique of the eliminated variable, with the numbering of separator
 * assignments along each edge. Stops by throwing {@link Stopped} (deadline or stop condition) or
 * {@link TooLarge} (cell budget), which {@link CliqueTree#build} turns into failed results.
 */
final class CliqueTreeBuilder {

  private final CliqueTree t;
  private final long maxCells;
  private final BooleanSupplier halt;
  private final JoinSum join;
  private final TupleIds[] ids;
  private final Map<Factor, Integer> origin = new IdentityHashMap<>();
  private long cells;
  private int steps;

  CliqueTreeBuilder(int n, int[] domains, int[] order, long maxCells, BooleanSupplier halt) {
    this.t = new CliqueTree(n, domains, order, true);
    this.maxCells = maxCells;
    this.halt = halt;
    this.join = new JoinSum(n, false, TableCounter.MAX_ROWS, this::tick);
    this.ids = new TupleIds[n];
  }

  CliqueTree run(List<Factor> live) {
    int n = t.domains.length;
    List<List<Integer>> kids = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      kids.add(new ArrayList<>());
    }
    for (int x : t.order) {
      List<Factor> bucket = new ArrayList<>();
      List<Factor> rest = new ArrayList<>();
      for (Factor f : live) {
        (contains(f.scope, x) ? bucket : rest).add(f);
      }
      Factor clique = join.join(bucket);
      cells += (long) clique.size * clique.scope.length;
      if (cells > maxCells) {
        throw new TooLarge();
      }
      if (clique.size == 0) {
        return unsatisfiable(n);
      }
      int[] sc = clique.scope;
      t.scope[x] = sc;
      t.size[x] = clique.size;
      t.data[x] = java.util.Arrays.copyOf(clique.data, clique.size * sc.length);
      t.column[x] = CliqueTree.indexOf(sc, x);
      for (Factor f : bucket) {
        Integer y = origin.get(f);
        if (y != null) {
          kids.get(x).add(y);
          t.parent[y] = x;
          t.parentSep[y] = lookup(t.data[x], sc, t.size[x], t.scope[y], t.column[y], ids[y]);
          ids[y] = null;
        }
      }
      int[] sep = new int[sc.length - 1];
      for (int c = 0, k = 0; c < sc.length; c++) {
        if (sc[c] != x) {
          sep[k++] = sc[c];
        }
      }
      TupleIds sepIds = new TupleIds(sep.length);
      t.sepOf[x] = project(t.data[x], sc, t.size[x], t.column[x], sepIds);
      t.seps[x] = sepIds.size();
      live = rest;
      if (sep.length == 0) {
        t.parent[x] = -1;
      } else {
        ids[x] = sepIds;
        Factor.Builder m = new Factor.Builder(sep.length, false, TableCounter.MAX_ROWS);
        int[] tuple = new int[sep.length];
        for (int id = 0; id < sepIds.size(); id++) {
          sepIds.tuple(id, tuple);
          m.put(tuple);
        }
        Factor message = m.build(sep);
        origin.put(message, x);
        live.add(message);
      }
    }
    for (int x = 0; x < n; x++) {
      t.children[x] = kids.get(x).stream().mapToInt(Integer::intValue).toArray();
      t.rowsBySep[x] = new Groups(t.sepOf[x], t.size[x], t.seps[x]);
      t.valueOf[x] = valuesOf(x);
      t.rowsByValue[x] = new Groups(t.valueOf[x], t.size[x], t.domains[x]);
      if (t.parent[x] >= 0) {
        t.parentRowsBySep[x] = new Groups(t.parentSep[x], t.size[t.parent[x]], t.seps[x]);
      }
    }
    t.cells = cells;
    t.initialStates();
    return t;
  }

  private CliqueTree unsatisfiable(int n) {
    return new CliqueTree(n, t.domains, new int[0], false);
  }

  private int[] valuesOf(int x) {
    int arity = t.scope[x].length;
    int[] v = new int[t.size[x]];
    for (int r = 0; r < v.length; r++) {
      v[r] = t.data[x][r * arity + t.column[x]];
    }
    return v;
  }

  /** Numbers each row's assignment without column {@code skip} in {@code into}. */
  private int[] project(int[] rows, int[] sc, int count, int skip, TupleIds into) {
    int arity = sc.length;
    int[] tuple = new int[arity - 1];
    int[] id = new int[count];
    for (int r = 0; r < count; r++) {
      tick();
      for (int c = 0, k = 0; c < arity; c++) {
        if (c != skip) {
          tuple[k++] = rows[r * arity + c];
        }
      }
      id[r] = into.add(tuple);
    }
    return id;
  }

  /**
   * For each parent row, the number of its projection onto the child's separator (the child's scope
   * without its own variable) in {@code childIds}.
   */
  private int[] lookup(
      int[] rows, int[] sc, int count, int[] childScope, int childColumn, TupleIds childIds) {
    int[] cols = new int[childScope.length - 1];
    for (int c = 0, k = 0; c < childScope.length; c++) {
      if (c != childColumn) {
        cols[k++] = CliqueTree.indexOf(sc, childScope[c]);
      }
    }
    int arity = sc.length;
    int[] tuple = new int[cols.length];
    int[] id = new int[count];
    for (int r = 0; r < count; r++) {
      tick();
      for (int k = 0; k < cols.length; k++) {
        tuple[k] = rows[r * arity + cols[k]];
      }
      id[r] = childIds.idOf(tuple);
    }
    return id;
  }

  private void tick() {
    if ((++steps & 4095) == 0 && halt.getAsBoolean()) {
      throw new Stopped();
    }
  }

  private static boolean contains(int[] scope, int x) {
    return CliqueTree.indexOf(scope, x) >= 0;
  }

  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null, false, false);
    }
  }
}
