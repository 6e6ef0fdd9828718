package dev.atelier.engine.count;

import static dev.atelier.engine.count.Bits.has;
import static dev.atelier.engine.count.Bits.set;
import static dev.atelier.engine.count.Bits.words;

import dev.atelier.engine.count.CliqueMessages.Refilter;
import dev.atelier.engine.result.Deadline;
import java.util.Arrays;

/**
 * One propagation of new evidence through a {@link CliqueMessages} state: the upward pass from the
 * cliques whose values lost evidence, then the downward pass from the cliques whose down message
 * shrank. What a revision must take away is known from the messages at the start of the pass
 * (messages only shrink under added evidence, and at the fixpoint a clique's alive rows agree with
 * its neighbours' messages), so a revision re-filters through the row indexes ({@link GroupBits})
 * instead of testing every alive row when that indexes fewer rows, then recomputes its messages
 * from the survivors. (Updating the messages from the killed rows instead was tried: its check that
 * a key has no alive row left reads the key's dead rows too, which made the tail worse.)
 */
final class MessagePass {
  private final CliqueMessages m;
  private final CliqueTree t;
  private final long[][] lostValues;
  private final long[][] upStart;
  private final long[][] downStart;
  private final boolean[] downDirty;

  /** A pass over {@code m} after its variables lost the values {@code lostValues} (or null). */
  MessagePass(CliqueMessages m, long[][] lostValues) {
    this.m = m;
    this.t = m.t;
    this.lostValues = lostValues;
    this.upStart = m.up.clone();
    this.downStart = m.down.clone();
    this.downDirty = new boolean[lostValues.length];
  }

  /** Runs the two passes from the {@code dirty} cliques (all rows tested if {@code force}). */
  boolean run(boolean[] dirty, boolean force, Deadline deadline) {
    for (int x : t.order) {
      if (dirty[x]) {
        if (deadline.expired()) {
          return false;
        }
        if (revise(x, true, force) && t.parent[x] >= 0) {
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
        revise(x, false, false);
      }
    }
    return true;
  }

  /** Re-filters clique {@code x}; returns whether its up message changed. */
  private boolean revise(int x, boolean upPass, boolean force) {
    if (force || m.how == Refilter.SCAN) {
      return (scan(x) || force) && recompute(x);
    }
    long[] a = m.alive[x];
    long[] before = a.clone();
    filter(x, upPass);
    return !Arrays.equals(before, a) && recompute(x);
  }

  /**
   * Kills the rows of clique {@code x} that the values (up pass), the children's up messages (up
   * pass) or its down message (down pass) lost since the pass began.
   */
  private void filter(int x, boolean upPass) {
    int[] kids = t.children[x];
    Groups[] groups = new Groups[kids.length + 1];
    long[][] lost = new long[kids.length + 1][];
    long[][] kept = new long[kids.length + 1][];
    int n = 0;
    if (upPass) {
      if (lostValues[x] != null) {
        groups[n] = t.rowsByValue[x];
        lost[n] = lostValues[x];
        kept[n++] = andNot(m.vals[x], lostValues[x]);
      }
      for (int kid : kids) {
        if (m.up[kid] != upStart[kid]) {
          groups[n] = t.parentRowsBySep[kid];
          lost[n] = andNot(upStart[kid], m.up[kid]);
          kept[n++] = m.up[kid];
        }
      }
    } else if (m.down[x] != downStart[x]) {
      groups[n] = t.rowsBySep[x];
      lost[n] = andNot(downStart[x], m.down[x]);
      kept[n++] = m.down[x];
    }
    long[] lostRows = new long[n];
    long[] keptRows = new long[n];
    long indexed = 0;
    for (int s = 0; s < n; s++) {
      lostRows[s] = GroupBits.rows(groups[s], lost[s]);
      keptRows[s] = GroupBits.rows(groups[s], kept[s]);
      indexed += Math.min(lostRows[s], keptRows[s]);
    }
    long[] a = m.alive[x];
    if (m.how == Refilter.AUTO && GroupBits.count(a) * (2 + kids.length) < indexed) {
      scan(x);
      return;
    }
    for (int s = 0; s < n; s++) {
      if (m.how == Refilter.BY_LOST || m.how == Refilter.AUTO && lostRows[s] <= keptRows[s]) {
        GroupBits.kill(groups[s], lost[s], a);
      } else {
        GroupBits.keep(groups[s], kept[s], a);
      }
    }
  }

  /** Kills the alive rows of {@code x} that the evidence or a neighbour's message refuses. */
  private boolean scan(int x) {
    long[] a = m.alive[x];
    int[] val = t.valueOf[x];
    int[] sep = t.sepOf[x];
    long[] d = m.down[x];
    int[] kids = t.children[x];
    boolean killed = false;
    for (int w = 0; w < a.length; w++) {
      long bits = a[w];
      long keep = bits;
      while (bits != 0) {
        int r = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        boolean live = m.allows(x, val[r]) && (d == null || has(d, sep[r]));
        for (int k = 0; live && k < kids.length; k++) {
          live = has(m.up[kids[k]], t.parentSep[kids[k]][r]);
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
    return killed;
  }

  /** Recomputes the messages of {@code x} from its alive rows. */
  private boolean recompute(int x) {
    long[] a = m.alive[x];
    int[] kids = t.children[x];
    long[] nu = new long[words(t.seps[x])];
    long[] nv = new long[words(t.domains[x])];
    long[][] nd = new long[kids.length][];
    for (int k = 0; k < kids.length; k++) {
      nd[k] = new long[words(t.seps[kids[k]])];
    }
    for (int w = 0; w < a.length; w++) {
      for (long bits = a[w]; bits != 0; bits &= bits - 1) {
        int r = (w << 6) + Long.numberOfTrailingZeros(bits);
        set(nu, t.sepOf[x][r]);
        set(nv, t.valueOf[x][r]);
        for (int k = 0; k < kids.length; k++) {
          set(nd[k], t.parentSep[kids[k]][r]);
        }
      }
    }
    return publish(x, nu, nv, nd);
  }

  /** Installs the new messages of {@code x}, marks changed children; whether its up changed. */
  private boolean publish(int x, long[] nu, long[] nv, long[][] nd) {
    int[] kids = t.children[x];
    m.vals[x] = nv;
    for (int k = 0; k < kids.length; k++) {
      if (!Arrays.equals(nd[k], m.down[kids[k]])) {
        m.down[kids[k]] = nd[k];
        downDirty[kids[k]] = true;
      }
    }
    if (Arrays.equals(nu, m.up[x])) {
      return false;
    }
    m.up[x] = nu;
    return true;
  }

  private static long[] andNot(long[] a, long[] b) {
    long[] c = new long[a.length];
    for (int w = 0; w < a.length; w++) {
      c[w] = a[w] & ~b[w];
    }
    return c;
  }
}
