package dev.atelier.engine.count;

import java.util.Arrays;

/**
 * Implicit BCP (sharpSAT's failed-literal test after each decision): after a branch propagated,
 * each unassigned literal of a long clause the branch shortened to two open literals (any number
 * with {@code -Datelier.count.probe=all}) is tried false; when unit propagation of that finds a
 * conflict the literal is implied, so it is assigned and propagated, and the literals of the
 * clauses that shortened are tried in turn. The implied literals join the branch's own, so the
 * branch's residual component is smaller (and splits sooner) and its cache key holds fewer
 * variables. Sound for the component cache: the conflict comes from the component's own open
 * clauses, which its key fixes. At most {@code 10 + assigned / 20} literals are tried per round (as
 * sharpSAT), those of the highest rank first. Not thread-safe; one per search.
 */
final class FailedLiterals {
  // -Datelier.count.probe=all: also the literals of shortened clauses with 3+ open literals.
  private static final boolean ALL = "all".equals(System.getProperty("atelier.count.probe"));

  private final ClauseState state;
  private final int[] rank;
  private final int[] seen; // by DecisionDnnf.index(lit): the round that listed it
  private int round;
  private long[] candidates = new long[64];
  private long tried;
  private long found;

  FailedLiterals(ClauseState state, int[] rank) {
    this.state = state;
    this.rank = rank;
    this.seen = new int[2 * state.value.length + 2];
  }

  /** Literals tried so far. */
  long tried() {
    return tried;
  }

  /** Literals found implied so far. */
  long found() {
    return found;
  }

  /**
   * Tries the literals of the long clauses that the assignments from trail position {@code from} on
   * shortened, assigning and propagating those found implied; false on a conflict (the branch has
   * no model).
   */
  boolean probe(int from) {
    int scanned = from;
    while (scanned < state.trailSize()) {
      int end = state.trailSize();
      int count = collect(scanned, end);
      int limit = Math.min(count, 10 + (end - scanned) / 20);
      if (count > limit) {
        Arrays.sort(candidates, 0, count);
      }
      scanned = end;
      for (int i = count - limit; i < count; i++) {
        int lit = (int) candidates[i];
        if (state.value[Math.abs(lit)] != 0) {
          continue;
        }
        tried++;
        int mark = state.trailSize();
        boolean ok = state.enqueue(lit) && state.propagate();
        state.undo(mark);
        if (!ok) {
          found++;
          if (!(state.enqueue(-lit) && state.propagate())) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private int open(int[] clause) {
    int open = 0;
    for (int lit : clause) {
      open += state.value[Math.abs(lit)] == 0 ? 1 : 0;
    }
    return open;
  }

  /**
   * Lists the negations of the unassigned literals of open long clauses shortened in [from, end).
   */
  private int collect(int from, int end) {
    int stamp = ++round;
    int count = 0;
    for (int i = from; i < end; i++) {
      for (int k : state.occurrencesOf(-state.trailAt(i))) {
        int[] clause = state.clauses[k];
        if (clause.length < 3 || state.satCount[k] != 0 || !ALL && open(clause) > 2) {
          continue;
        }
        for (int lit : clause) {
          int v = Math.abs(lit);
          int index = DecisionDnnf.index(-lit);
          if (state.value[v] == 0 && seen[index] != stamp) {
            seen[index] = stamp;
            if (count == candidates.length) {
              candidates = Arrays.copyOf(candidates, 2 * count);
            }
            long score = rank == null ? 0 : rank[v];
            candidates[count++] = (score << 32) | (-lit & 0xffffffffL);
          }
        }
      }
    }
    return count;
  }
}
