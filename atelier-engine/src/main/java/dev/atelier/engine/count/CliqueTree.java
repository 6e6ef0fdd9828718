package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A table model compiled to a clique (junction) tree over its tables: one clique per variable, the
 * variables of its bucket when it is eliminated in a min-fill order, holding the clique's
 * assignments that every table placed in it allows and that extend below (a sparse join, as in
 * {@link TableCounter}). A clique's parent is the clique of the first variable of its separator to
 * be eliminated, so the cliques form a forest with the running-intersection property, and each
 * clique is stored with the numbering of its separator assignments (both ways along each edge).
 * Sessions keep a {@link CliqueSupport} on it (pairwise consistency along the edges, which is
 * global consistency on a tree, maintained incrementally) and {@link CliqueCounts} gives exact
 * per-value counts by sum-product over it. Building costs one join per clique (the elimination's
 * cost, bounded by width and tightness), within a deadline, a stop condition and a cell budget.
 * Immutable and thread-safe after {@link #build}.
 */
public final class CliqueTree {
  final int[] domains;
  final int[] order; // children come before parents
  final int[][] scope; // per variable x: its clique's variables, ascending
  final int[] column; // column of x in scope[x]
  final int[][] data; // per clique: rows, flat
  final int[] size;
  final int[] parent; // -1 for a root
  final int[][] children;
  final int[] seps; // distinct separator assignments of the edge to the parent (1 at a root)
  final int[][] sepOf; // per clique row: its separator assignment
  final int[][] parentSep; // per non-root x, per row of its parent: x's separator assignment
  final Groups[] rowsBySep;
  final Groups[] parentRowsBySep;
  final Groups[] rowsByValue;
  final int[][] valueOf; // per clique row: its variable's value
  final boolean satisfiable;
  long cells;
  CliqueSupport base;
  CliqueMessages baseMessages;

  CliqueTree(int n, int[] domains, int[] order, boolean satisfiable) {
    this.domains = domains;
    this.order = order;
    this.satisfiable = satisfiable;
    scope = new int[n][];
    column = new int[n];
    data = new int[n][];
    size = new int[n];
    parent = new int[n];
    children = new int[n][];
    seps = new int[n];
    sepOf = new int[n][];
    parentSep = new int[n][];
    rowsBySep = new Groups[n];
    parentRowsBySep = new Groups[n];
    rowsByValue = new Groups[n];
    valueOf = new int[n][];
  }

  /** Whether the tables admit a solution at all. */
  public boolean satisfiable() {
    return satisfiable;
  }

  /** Number of variables (one clique each). */
  public int variables() {
    return domains.length;
  }

  /** Largest clique size minus one: the width of the decomposition. */
  public int width() {
    int w = 0;
    for (int[] s : scope) {
      w = Math.max(w, s == null ? 0 : s.length - 1);
    }
    return w;
  }

  /** Rows over all cliques. */
  public long rows() {
    long r = 0;
    for (int s : size) {
      r += s;
    }
    return r;
  }

  /** Approximate memory in bytes of the tree (cells plus indexes). */
  public long bytes() {
    return 4L * cells + 4L * 6 * rows();
  }

  /**
   * A fresh state with no evidence, for one session: {@link CliqueMessages} re-filtering through
   * the row indexes; with {@code -Datelier.treedomains=scan} re-filtering by scanning the alive
   * rows (session 11) and with {@code counters} a {@link CliqueSupport} (the old paths).
   */
  public TreeEvidence newSupport() {
    String path = System.getProperty("atelier.treedomains", "messages");
    return switch (path) {
      case "counters" -> base.copy();
      case "scan" -> baseMessages.copy(CliqueMessages.Refilter.SCAN);
      default -> baseMessages.copy();
    };
  }

  /** A fresh state with no evidence: {@link CliqueMessages} if {@code messages}, else counters. */
  public TreeEvidence newSupport(boolean messages) {
    return messages ? baseMessages.copy() : base.copy();
  }

  /** A fresh {@link CliqueMessages} state with no evidence that re-filters as {@code how} says. */
  CliqueMessages newMessages(CliqueMessages.Refilter how) {
    return baseMessages.copy(how);
  }

  void initialStates() {
    base = CliqueSupport.initial(this);
    baseMessages = CliqueMessages.initial(this);
  }

  /**
   * Compiles {@code csp}; fails TOO_LARGE beyond {@code maxCells} stored cells (clique rows times
   * arity) and TIMED_OUT at the deadline or when {@code stop} holds.
   */
  public static Result<CliqueTree> build(
      TableCsp csp, Deadline deadline, long maxCells, BooleanSupplier stop) {
    int n = csp.domains().length;
    boolean[][] allowed = csp.restrict(new int[0]).orElseThrow();
    List<Factor> live =
        Consistency.initialFactors(csp.tables(), allowed, false, TableCounter.MAX_ROWS);
    if (live == null) {
      return Result.ok(new CliqueTree(n, csp.domains(), new int[0], false));
    }
    boolean[] covered = new boolean[n];
    for (Factor f : live) {
      for (int v : f.scope) {
        covered[v] = true;
      }
    }
    for (int v = 0; v < n; v++) {
      if (!covered[v]) {
        Factor.Builder b = new Factor.Builder(1, false, TableCounter.MAX_ROWS);
        for (int j = 0; j < allowed[v].length; j++) {
          if (allowed[v][j]) {
            b.put(new int[] {j});
          }
        }
        live.add(b.build(new int[] {v}));
      }
    }
    int[] order = EliminationOrders.minFill(n, live);
    BooleanSupplier halt = () -> deadline.expired() || stop.getAsBoolean();
    try {
      return Result.ok(new CliqueTreeBuilder(n, csp.domains(), order, maxCells, halt).run(live));
    } catch (CliqueTreeBuilder.Stopped e) {
      return Result.failed(Failure.timedOut("compiling the tables to a clique tree"));
    } catch (Factor.TooLarge | CliqueTreeBuilder.TooLarge e) {
      return Result.failed(
          Failure.Kind.TOO_LARGE, "the clique tree exceeds " + maxCells + " cells");
    }
  }

  /**
   * A tree read back from its stored parts ({@link TreeForm} checked their shape): derives the
   * columns, sizes, groups and the initial support state.
   */
  static CliqueTree restore(Stored s) {
    int n = s.domains().length;
    CliqueTree t = new CliqueTree(n, s.domains(), s.order(), s.satisfiable());
    if (!s.satisfiable()) {
      return t;
    }
    for (int x = 0; x < n; x++) {
      t.scope[x] = s.scope()[x];
      t.column[x] = indexOf(t.scope[x], x);
      t.data[x] = s.data()[x];
      t.size[x] = t.data[x].length / t.scope[x].length;
      t.parent[x] = s.parent()[x];
      t.children[x] = s.children()[x];
      t.seps[x] = s.seps()[x];
      t.sepOf[x] = s.sepOf()[x];
      t.parentSep[x] = s.parentSep()[x];
    }
    for (int x = 0; x < n; x++) {
      t.rowsBySep[x] = new Groups(t.sepOf[x], t.size[x], t.seps[x]);
      int arity = t.scope[x].length;
      int[] values = new int[t.size[x]];
      for (int r = 0; r < values.length; r++) {
        values[r] = t.data[x][r * arity + t.column[x]];
      }
      t.rowsByValue[x] = new Groups(values, t.size[x], t.domains[x]);
      t.valueOf[x] = values;
      if (t.parent[x] >= 0) {
        t.parentRowsBySep[x] = new Groups(t.parentSep[x], t.size[t.parent[x]], t.seps[x]);
      }
    }
    t.cells = s.cells();
    t.initialStates();
    return t;
  }

  /** The parts of a tree that {@link TreeForm} stores (the rest is derived on reading). */
  record Stored(
      int[] domains,
      int[] order,
      boolean satisfiable,
      int[][] scope,
      int[][] data,
      int[] parent,
      int[][] children,
      int[] seps,
      int[][] sepOf,
      int[][] parentSep,
      long cells) {}

  /** This tree's stored parts. */
  Stored stored() {
    return new Stored(
        domains, order, satisfiable, scope, data, parent, children, seps, sepOf, parentSep, cells);
  }

  static int indexOf(int[] scope, int v) {
    for (int i = 0; i < scope.length; i++) {
      if (scope[i] == v) {
        return i;
      }
    }
    return -1;
  }
}
