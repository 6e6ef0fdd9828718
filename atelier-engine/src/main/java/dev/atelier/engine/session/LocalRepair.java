package dev.atelier.engine.session;

import dev.atelier.engine.compile.ClauseIndex;
import java.util.Arrays;
import java.util.Random;

/**
 * Finds a new witness for a value near an existing model without a SAT call: make the value's
 * literal true, then repair the clauses this breaks by a short greedy walk (WalkSAT-style: in an
 * unsatisfied clause flip the literal that breaks fewest others, sometimes a random one). Decided
 * variables never move. Succeeds on what a single flip cannot reach, such as switching an
 * alternative group's choice together with the options that depend on it. The walk is undone
 * afterwards, so one base model serves many candidates. Not thread-safe; one per session.
 */
final class LocalRepair {
  // Flips a walk may make besides the forced ones: one per 350 clauses, from 40 (the fixed budget
  // of before session 15, kept for small models, where longer failed walks cost more than they
  // save) to 400; -Datelier.sat.flips=N fixes it (40: the old path, old-vs-new from one jar). On
  // gen kconfig 20,000, 20-30 % of the walks that move an earlier witness along with a decision
  // failed within 40 flips, 2-5 % within 400 (a "depends on b || c" chain to switch on); a failed
  // move leaves its values to SAT rounds.
  private static final Integer FIXED_FLIPS = Integer.getInteger("atelier.sat.flips");
  private static final int MIN_FLIPS = 40;
  private static final int MAX_FLIPS = 400;
  private static final int CLAUSES_PER_FLIP = 350;
  private static final int NOISE_PERCENT = 15;

  private final ClauseIndex index;
  private final Random random = new Random(20261122);
  private boolean[] model;
  private final int[] trueCount;
  private final int[] stamp;
  private int epoch;
  private final int[] unsat;
  private final int[] unsatPos;
  private int unsatSize;
  private final int maxFlips;
  private final int[] flipped;
  private boolean[] frozen;
  private boolean[] odd;
  // Variables forceAndPin froze (unpin releases them).
  private int[] pinned = new int[0];
  private int pins;

  LocalRepair(ClauseIndex index) {
    this.index = index;
    this.maxFlips =
        FIXED_FLIPS != null
            ? FIXED_FLIPS
            : Math.max(MIN_FLIPS, Math.min(MAX_FLIPS, index.clauseCount() / CLAUSES_PER_FLIP));
    this.flipped = new int[maxFlips + 1];
    this.trueCount = new int[index.clauseCount()];
    this.stamp = new int[index.clauseCount()];
    this.unsat = new int[index.clauseCount()];
    this.unsatPos = new int[index.clauseCount()];
    Arrays.fill(unsatPos, -1);
  }

  /** Uses {@code base} (a model, index 0 unused) as the starting point of later searches. */
  void reset(boolean[] base, boolean[] decided) {
    this.model = base.clone();
    this.frozen = decided.clone();
    // True-literal counts are computed on first touch: a walk visits few clauses.
    epoch++;
  }

  private int count(int k) {
    if (stamp[k] != epoch) {
      stamp[k] = epoch;
      int n = 0;
      for (int lit : index.clause(k)) {
        if (holds(lit)) {
          n++;
        }
      }
      trueCount[k] = n;
    }
    return trueCount[k];
  }

  /**
   * A model near {@code base} (a model, index 0 unused) in which every literal of {@code lits}
   * holds, found by forcing them and a short walk; null when the walk fails. Moves an earlier
   * witness along with a new decision instead of searching from scratch.
   */
  boolean[] walkTo(boolean[] base, boolean[] decided, int[] lits) {
    reset(base, decided);
    int[] moved = new int[lits.length + maxFlips];
    int flips = 0;
    for (int lit : lits) {
      if (!holds(lit)) {
        flip(Math.abs(lit));
        moved[flips++] = Math.abs(lit);
      }
    }
    return walkAndUndo(moved, flips, maxFlips, true);
  }

  /** Whether the walk reached a model in which {@code lit} holds. */
  boolean reachable(int lit) {
    int v = Math.abs(lit);
    if (frozen[v] || holds(lit)) {
      return holds(lit);
    }
    flip(v);
    flipped[0] = v;
    frozen[v] = true;
    boolean found = walkAndUndo(flipped, 1, maxFlips - 1, false) != null;
    frozen[v] = false;
    return found;
  }

  /**
   * Repairs the clauses broken by the {@code forced} flips recorded in {@code moved} by at most
   * {@code budget} more flips, then undoes every flip. Returns the model reached when no clause is
   * left unsatisfied (a copy with {@code copy}, else the base itself, which must not be kept), or
   * null.
   */
  private boolean[] walkAndUndo(int[] moved, int forced, int budget, boolean copy) {
    int flips = walk(moved, forced, budget);
    boolean[] found = unsatSize == 0 ? (copy ? model.clone() : model) : null;
    undo(moved, flips);
    return found;
  }

  /** Walks from the {@code forced} flips in {@code moved}; returns the number of flips made. */
  private int walk(int[] moved, int forced, int budget) {
    int flips = forced;
    while (unsatSize > 0 && flips - forced < budget) {
      int var = choose(unsat[random.nextInt(unsatSize)]);
      if (var == 0) {
        break;
      }
      flip(var);
      moved[flips++] = var;
    }
    return flips;
  }

  private void undo(int[] moved, int flips) {
    for (int i = flips - 1; i >= 0; i--) {
      flip(moved[i]);
    }
  }

  /**
   * A model near the base of {@link #reset} in which every literal a probe assigned holds (trail
   * positions {@code mark} on of {@code up}): those literals are forced and frozen, then the
   * clauses this breaks are repaired by a short walk. Null when the walk fails. The base is left
   * unchanged.
   */
  boolean[] reachableWith(UnitPropagation up, int mark) {
    int[] lits = trailFrom(up, mark);
    int[] moved = new int[lits.length + maxFlips];
    int flips = walk(moved, forceAndPin(lits, moved), maxFlips);
    boolean[] found = unsatSize == 0 ? model.clone() : null;
    undo(moved, flips);
    unpin();
    return found;
  }

  /**
   * Like {@link #reachableWith}, but returns the model's change against the base (see {@link
   * #forced}) instead of a copy of the model.
   */
  int[] changeWith(UnitPropagation up, int mark) {
    return forced(trailFrom(up, mark));
  }

  private static int[] trailFrom(UnitPropagation up, int mark) {
    int[] lits = new int[up.trailSize() - mark];
    for (int i = 0; i < lits.length; i++) {
      lits[i] = up.trailLiteral(mark + i);
    }
    return lits;
  }

  /**
   * A model near the base of {@link #reset} in which every literal of {@code lits} holds: they are
   * forced and frozen, then the clauses this breaks are repaired by a short walk. Returns the
   * literals (as they hold in that model) of the variables whose value differs from the base, or
   * null when the walk fails. The base is left unchanged. The caller makes sure no literal of
   * {@code lits} contradicts a frozen variable.
   */
  int[] forced(int[] lits) {
    int[] moved = new int[lits.length + maxFlips];
    int flips = walk(moved, forceAndPin(lits, moved), maxFlips);
    int[] change = unsatSize == 0 ? changed(moved, flips) : null;
    undo(moved, flips);
    unpin();
    return change;
  }

  /** Makes every literal of {@code lits} hold and freezes it; returns the flips put in moved. */
  private int forceAndPin(int[] lits, int[] moved) {
    pinned = new int[lits.length];
    pins = 0;
    int flips = 0;
    for (int lit : lits) {
      int v = Math.abs(lit);
      if (!holds(lit)) {
        flip(v);
        moved[flips++] = v;
      }
      if (!frozen[v]) {
        frozen[v] = true;
        pinned[pins++] = v;
      }
    }
    return flips;
  }

  private void unpin() {
    for (int i = 0; i < pins; i++) {
      frozen[pinned[i]] = false;
    }
    pins = 0;
  }

  /** The literals of the variables flipped an odd number of times among {@code moved}. */
  private int[] changed(int[] moved, int flips) {
    if (odd == null || odd.length < model.length) {
      odd = new boolean[model.length];
    }
    for (int i = 0; i < flips; i++) {
      odd[moved[i]] = !odd[moved[i]];
    }
    int[] out = new int[flips];
    int n = 0;
    for (int i = 0; i < flips; i++) {
      int v = moved[i];
      if (odd[v]) {
        odd[v] = false;
        out[n++] = model[v] ? v : -v;
      }
    }
    for (int i = 0; i < flips; i++) {
      odd[moved[i]] = false;
    }
    return Arrays.copyOf(out, n);
  }

  private int choose(int clause) {
    int best = 0;
    int bestBreak = Integer.MAX_VALUE;
    int movable = 0;
    for (int lit : index.clause(clause)) {
      int var = Math.abs(lit);
      if (frozen[var]) {
        continue;
      }
      movable++;
      int breaks = 0;
      for (int k : index.clausesWith(-lit)) {
        if (count(k) == 1) {
          breaks++;
        }
      }
      if (breaks < bestBreak) {
        bestBreak = breaks;
        best = var;
      }
    }
    if (movable > 1 && bestBreak > 0 && random.nextInt(100) < NOISE_PERCENT) {
      int pick = random.nextInt(movable);
      for (int lit : index.clause(clause)) {
        if (!frozen[Math.abs(lit)] && pick-- == 0) {
          return Math.abs(lit);
        }
      }
    }
    return best;
  }

  private void flip(int var) {
    int nowTrue = model[var] ? -var : var;
    for (int k : index.clausesWith(nowTrue)) {
      count(k);
    }
    for (int k : index.clausesWith(-nowTrue)) {
      count(k);
    }
    model[var] = !model[var];
    for (int k : index.clausesWith(nowTrue)) {
      if (trueCount[k]++ == 0) {
        removeUnsat(k);
      }
    }
    for (int k : index.clausesWith(-nowTrue)) {
      if (--trueCount[k] == 0) {
        addUnsat(k);
      }
    }
  }

  private void addUnsat(int k) {
    unsatPos[k] = unsatSize;
    unsat[unsatSize++] = k;
  }

  private void removeUnsat(int k) {
    int pos = unsatPos[k];
    int last = unsat[--unsatSize];
    unsat[pos] = last;
    unsatPos[last] = pos;
    unsatPos[k] = -1;
  }

  private boolean holds(int lit) {
    return lit > 0 ? model[lit] : !model[-lit];
  }
}
