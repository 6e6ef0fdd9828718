package dev.atelier.engine.count;

import static dev.atelier.engine.count.Bits.full;
import static dev.atelier.engine.count.Bits.has;
import static dev.atelier.engine.count.Bits.set;
import static dev.atelier.engine.count.Bits.words;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.Arrays;

/**
 * A session's {@link TreeEvidence} as bitsets: per clique its alive rows, the separator assignments
 * (towards its parent) that have an alive row ("up" message) and those that have an alive parent
 * row ("down" message), and per variable the values of its clique's alive rows. Evidence on a
 * variable re-filters only its clique; a clique whose up message shrinks re-filters its parent
 * (children before parents), then a clique whose down message shrank re-filters itself (parents
 * before children), so propagation stops at the edges whose messages did not change and each clique
 * is scanned at most twice per call. A scan walks the clique's alive rows in order (a row lives iff
 * its value is allowed and its separator assignments are in the messages from its neighbours), so a
 * decision costs the alive rows of the cliques it reaches, sequentially, instead of a random access
 * per killed row. A copy shares the messages (replaced, never changed in place) and copies the
 * alive-row bits. Not thread-safe; one per session.
 */
public final class CliqueMessages implements TreeEvidence {
  private final CliqueTree t;
  private final long[][] alive;
  private final long[][] up;
  private final long[][] down;
  private final long[][] vals;
  private final boolean[][] allowed;
  private boolean broken;

  private CliqueMessages(
      CliqueTree t, long[][] alive, long[][] up, long[][] down, long[][] vals, boolean[][] ok) {
    this.t = t;
    this.alive = alive;
    this.up = up;
    this.down = down;
    this.vals = vals;
    this.allowed = ok;
  }

  /** All rows alive, then filtered to the rows that extend to a solution. */
  static CliqueMessages initial(CliqueTree t) {
    int n = t.domains.length;
    boolean[][] ok = new boolean[n][];
    long[][] alive = new long[n][];
    long[][] up = new long[n][];
    long[][] down = new long[n][];
    for (int x = 0; x < n; x++) {
      ok[x] = new boolean[t.domains[x]];
      Arrays.fill(ok[x], true);
      alive[x] = full(t.size[x]);
      up[x] = full(t.seps[x]);
      down[x] = t.parent[x] < 0 ? null : full(t.seps[x]);
    }
    CliqueMessages m = new CliqueMessages(t, alive, up, down, new long[n][], ok);
    boolean[] dirty = new boolean[n];
    Arrays.fill(dirty, true);
    m.passes(dirty, true, Deadline.none());
    return m;
  }

  @Override
  public CliqueMessages copy() {
    long[][] a = new long[alive.length][];
    boolean[][] ok = new boolean[allowed.length][];
    for (int x = 0; x < a.length; x++) {
      a[x] = alive[x].clone();
      ok[x] = allowed[x].clone();
    }
    CliqueMessages c = new CliqueMessages(t, a, up.clone(), down.clone(), vals.clone(), ok);
    c.broken = broken;
    return c;
  }

  @Override
  public boolean narrows(boolean[][] next) {
    if (broken) {
      return false;
    }
    return TreeEvidence.covers(allowed, next);
  }

  @Override
  public Result<boolean[][]> restrict(boolean[][] next, Deadline deadline) {
    boolean[] dirty = new boolean[next.length];
    for (int x = 0; x < next.length; x++) {
      for (int j = 0; j < next[x].length; j++) {
        if (allowed[x][j] && !next[x][j]) {
          allowed[x][j] = false;
          dirty[x] = true;
        }
      }
    }
    if (!passes(dirty, false, deadline)) {
      broken = true;
      return Result.failed(Failure.timedOut("computing valid domains over the clique tree"));
    }
    return Result.ok(valid());
  }

  @Override
  public boolean[][] valid() {
    boolean[][] valid = new boolean[vals.length][];
    boolean solvable = true;
    for (int x = 0; x < vals.length; x++) {
      valid[x] = new boolean[t.domains[x]];
      boolean any = false;
      for (int j = 0; j < valid[x].length; j++) {
        valid[x][j] = has(vals[x], j);
        any |= valid[x][j];
      }
      solvable &= any;
    }
    if (!solvable) {
      for (boolean[] v : valid) {
        Arrays.fill(v, false);
      }
    }
    return valid;
  }

  /** The upward then the downward pass from the {@code dirty} cliques; false at the deadline. */
  private boolean passes(boolean[] dirty, boolean force, Deadline deadline) {
    boolean[] downDirty = new boolean[dirty.length];
    for (int x : t.order) {
      if (dirty[x]) {
        if (deadline.expired()) {
          return false;
        }
        if (revise(x, force, downDirty) && t.parent[x] >= 0) {
          dirty[t.parent[x]] = true;
        }
      }
    }
    for (int i = t.order.length - 1; i >= 0; i--) {
      int x = t.order[i];
      if (downDirty[x]) {
        if (deadline.expired()) {
          return false;
        }
        revise(x, false, downDirty);
      }
    }
    return true;
  }

  /**
   * Kills the rows of clique {@code x} that the evidence or a neighbour's message refuses; when
   * some died (or {@code force}), recomputes its messages, marks the children whose down message
   * changed and returns whether its up message changed.
   */
  private boolean revise(int x, boolean force, boolean[] downDirty) {
    long[] a = alive[x];
    int[] val = t.valueOf[x];
    int[] sep = t.sepOf[x];
    boolean[] ok = allowed[x];
    long[] d = down[x];
    int[] kids = t.children[x];
    boolean killed = false;
    for (int w = 0; w < a.length; w++) {
      long bits = a[w];
      long keep = bits;
      while (bits != 0) {
        int r = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        boolean live = ok[val[r]] && (d == null || has(d, sep[r]));
        for (int k = 0; live && k < kids.length; k++) {
          live = has(up[kids[k]], t.parentSep[kids[k]][r]);
        }
        if (!live) {
          keep &= ~(1L << r);
        }
      }
      if (keep != a[w]) {
        a[w] = keep;
        killed = true;
      }
    }
    if (!killed && !force) {
      return false;
    }
    long[] nu = new long[words(t.seps[x])];
    long[] nv = new long[words(t.domains[x])];
    long[][] nd = new long[kids.length][];
    for (int k = 0; k < kids.length; k++) {
      nd[k] = new long[words(t.seps[kids[k]])];
    }
    for (int w = 0; w < a.length; w++) {
      for (long bits = a[w]; bits != 0; bits &= bits - 1) {
        int r = (w << 6) + Long.numberOfTrailingZeros(bits);
        set(nu, sep[r]);
        set(nv, val[r]);
        for (int k = 0; k < kids.length; k++) {
          set(nd[k], t.parentSep[kids[k]][r]);
        }
      }
    }
    vals[x] = nv;
    for (int k = 0; k < kids.length; k++) {
      if (!Arrays.equals(nd[k], down[kids[k]])) {
        down[kids[k]] = nd[k];
        downDirty[kids[k]] = true;
      }
    }
    boolean changed = !Arrays.equals(nu, up[x]);
    up[x] = nu;
    return changed;
  }
}
