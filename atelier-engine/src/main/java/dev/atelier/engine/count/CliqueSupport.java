package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;

/**
 * A session's view of a {@link CliqueTree} under evidence (the values still allowed per variable):
 * which clique rows are alive, and per edge how many alive rows on each side share a separator
 * assignment. A row dies when evidence refuses its variable's value or when one of its separator
 * assignments has no alive row left across an edge (AC-4 style support counting); at the fixpoint
 * the alive rows are pairwise consistent, which on a tree means each extends to a solution, so a
 * value is valid iff some alive row of its variable's clique has it. Adding evidence costs time
 * proportional to the rows it kills; evidence that allows a refused value again starts over from
 * the state without evidence. Not thread-safe; one per session.
 */
public final class CliqueSupport extends EvidenceState {
  private final long[][] alive;
  private final int[][] up; // per clique: its alive rows per separator assignment
  private final int[][] down; // per non-root clique: its parent's alive rows per assignment
  private final int[][] values; // per variable: alive rows of its clique per value
  private long[] stack = new long[64];
  private int top;

  private CliqueSupport(
      CliqueTree t, long[][] alive, int[][] up, int[][] down, int[][] values, boolean[][] allowed) {
    super(t, allowed);
    this.alive = alive;
    this.up = up;
    this.down = down;
    this.values = values;
  }

  /** All rows alive, then reduced to pairwise consistency. */
  static CliqueSupport initial(CliqueTree t) {
    int n = t.domains.length;
    long[][] alive = new long[n][];
    int[][] up = new int[n][];
    int[][] down = new int[n][];
    int[][] values = new int[n][];
    for (int x = 0; x < n; x++) {
      alive[x] = new long[(t.size[x] + 63) >>> 6];
      for (int r = 0; r < t.size[x]; r++) {
        alive[x][r >>> 6] |= 1L << r;
      }
      up[x] = new int[t.seps[x]];
      for (int r = 0; r < t.size[x]; r++) {
        up[x][t.sepOf[x][r]]++;
      }
      values[x] = new int[t.domains[x]];
      int arity = t.scope[x].length;
      for (int r = 0; r < t.size[x]; r++) {
        values[x][t.data[x][r * arity + t.column[x]]]++;
      }
      if (t.parent[x] >= 0) {
        down[x] = new int[t.seps[x]];
        for (int s : t.parentSep[x]) {
          down[x][s]++;
        }
      }
    }
    CliqueSupport state = new CliqueSupport(t, alive, up, down, values, allowAll(t));
    for (int x = 0; x < n; x++) {
      if (down[x] != null) {
        for (int s = 0; s < down[x].length; s++) {
          if (down[x][s] == 0) {
            state.killGroup(x, t.rowsBySep[x], s);
          }
        }
      }
    }
    state.propagate(Deadline.none());
    return state;
  }

  @Override
  public CliqueSupport copy() {
    int n = t.domains.length;
    long[][] a = new long[n][];
    int[][] u = new int[n][];
    int[][] d = new int[n][];
    int[][] v = new int[n][];
    for (int x = 0; x < n; x++) {
      a[x] = alive[x].clone();
      u[x] = up[x].clone();
      d[x] = down[x] == null ? null : down[x].clone();
      v[x] = values[x].clone();
    }
    CliqueSupport c = new CliqueSupport(t, a, u, d, v, allowedCopy());
    c.broken = broken;
    return c;
  }

  @Override
  void refuse(int x, int j) {
    killGroup(x, t.rowsByValue[x], j);
  }

  @Override
  boolean settle(Deadline deadline) {
    return propagate(deadline);
  }

  @Override
  boolean hasAlive(int x, int j) {
    return values[x][j] > 0;
  }

  private void killGroup(int x, Groups groups, int g) {
    long[] a = alive[x];
    for (int i = groups.start[g]; i < groups.start[g + 1]; i++) {
      int r = groups.items[i];
      if ((a[r >>> 6] & (1L << r)) != 0) {
        a[r >>> 6] &= ~(1L << r);
        push(x, r);
      }
    }
  }

  private void push(int x, int r) {
    if (top == stack.length) {
      stack = java.util.Arrays.copyOf(stack, 2 * top);
    }
    stack[top++] = ((long) x << 32) | r;
  }

  private boolean propagate(Deadline deadline) {
    int steps = 0;
    while (top > 0) {
      if ((++steps & 4095) == 0 && deadline.expired()) {
        top = 0;
        return false;
      }
      long e = stack[--top];
      int x = (int) (e >>> 32);
      int r = (int) e;
      values[x][t.data[x][r * t.scope[x].length + t.column[x]]]--;
      int p = t.parent[x];
      if (p >= 0) {
        int s = t.sepOf[x][r];
        if (--up[x][s] == 0) {
          killGroup(p, t.parentRowsBySep[x], s);
        }
      }
      for (int c : t.children[x]) {
        int s = t.parentSep[c][r];
        if (--down[c][s] == 0) {
          killGroup(c, t.rowsBySep[c], s);
        }
      }
    }
    return true;
  }
}
