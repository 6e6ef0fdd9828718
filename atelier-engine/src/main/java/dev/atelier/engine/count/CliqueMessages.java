package dev.atelier.engine.count;

import static dev.atelier.engine.count.Bits.full;
import static dev.atelier.engine.count.Bits.has;
import static dev.atelier.engine.count.Bits.set;
import static dev.atelier.engine.count.Bits.words;

import dev.atelier.engine.result.Deadline;
import java.util.Arrays;

/**
 * A session's {@link TreeEvidence} as bitsets: per clique its alive rows, the separator assignments
 * (towards its parent) that have an alive row ("up" message) and those that have an alive parent
 * row ("down" message), and per variable the values of its clique's alive rows. Evidence on a
 * variable re-filters only its clique; a clique whose up message shrinks re-filters its parent
 * (children before parents), then a clique whose down message shrank re-filters itself (parents
 * before children), so propagation stops at the edges whose messages did not change and each clique
 * is revised at most twice per call ({@link MessagePass}). A revision costs what the change touches
 * rather than the clique's rows: the rows of the values or separator assignments a message lost are
 * killed through the tree's row indexes, or the rows of those it kept are kept, whichever indexes
 * fewer rows (or the alive rows are scanned when there are fewer of them). A copy shares the
 * messages (replaced, never changed in place) and copies the alive-row bits; every session starts
 * from a copy of the tree's state without evidence, computed once per tree. Not thread-safe; one
 * per session.
 */
public final class CliqueMessages extends EvidenceState {
  /** How a revision re-filters a clique's rows and recomputes its messages. */
  enum Refilter {
    /** Scan the alive rows and recompute the messages from them (session 11; the old path). */
    SCAN,
    /** The cheapest of scanning, killing the rows of the lost groups and keeping the kept ones. */
    AUTO,
    /** Always kill the rows of the lost groups (for tests). */
    BY_LOST,
    /** Always keep only the rows of the kept groups (for tests). */
    BY_KEPT
  }

  final long[][] alive;
  final long[][] up;
  final long[][] down;
  final long[][] vals;
  final Refilter how;
  private boolean[] dirty; // since the last settle: variables with newly refused values
  private long[][] lost; // and those values

  private CliqueMessages(
      CliqueTree t,
      long[][] alive,
      long[][] up,
      long[][] down,
      long[][] vals,
      boolean[][] ok,
      Refilter how) {
    super(t, ok);
    this.alive = alive;
    this.up = up;
    this.down = down;
    this.vals = vals;
    this.how = how;
    this.dirty = new boolean[ok.length];
    this.lost = new long[ok.length][];
  }

  /** All rows alive, then filtered to the rows that extend to a solution. */
  static CliqueMessages initial(CliqueTree t) {
    int n = t.domains.length;
    long[][] alive = new long[n][];
    long[][] up = new long[n][];
    long[][] down = new long[n][];
    for (int x = 0; x < n; x++) {
      alive[x] = full(t.size[x]);
      up[x] = full(t.seps[x]);
      down[x] = t.parent[x] < 0 ? null : full(t.seps[x]);
    }
    CliqueMessages m =
        new CliqueMessages(t, alive, up, down, new long[n][], allowAll(t), Refilter.AUTO);
    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    new MessagePass(m, new long[n][]).run(all, true, Deadline.none());
    return m;
  }

  @Override
  public CliqueMessages copy() {
    return copy(how);
  }

  /** An independent copy that re-filters as {@code refilter} says. */
  CliqueMessages copy(Refilter refilter) {
    long[][] a = new long[alive.length][];
    for (int x = 0; x < a.length; x++) {
      a[x] = alive[x].clone();
    }
    CliqueMessages c =
        new CliqueMessages(t, a, up.clone(), down.clone(), vals.clone(), allowedCopy(), refilter);
    c.broken = broken;
    return c;
  }

  @Override
  void refuse(int x, int j) {
    if (!dirty[x]) {
      dirty[x] = true;
      lost[x] = new long[words(t.domains[x])];
    }
    set(lost[x], j);
  }

  @Override
  boolean settle(Deadline deadline) {
    boolean[] d = dirty;
    long[][] l = lost;
    dirty = new boolean[allowed.length];
    lost = new long[allowed.length][];
    return new MessagePass(this, l).run(d, false, deadline);
  }

  /** Whether value {@code j} of variable {@code x} is allowed by the evidence. */
  boolean allows(int x, int j) {
    return allowed[x][j];
  }

  @Override
  boolean hasAlive(int x, int j) {
    return has(vals[x], j);
  }
}
