package dev.atelier.engine.session;

import dev.atelier.engine.compile.ClauseIndex;
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
  private final WalkModel model;
  private final int maxFlips;
  private final int[] flipped;
  private boolean[] frozen;
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
    this.model = new WalkModel(index);
  }

  /** Uses {@code base} (a model, index 0 unused) as the starting point of later searches. */
  void reset(boolean[] base, boolean[] decided) {
    model.reset(base);
    this.frozen = decided.clone();
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
      if (!model.holds(lit)) {
        model.flip(Math.abs(lit));
        moved[flips++] = Math.abs(lit);
      }
    }
    return walkAndUndo(moved, flips, maxFlips, true);
  }

  /** Whether the walk reached a model in which {@code lit} holds. */
  boolean reachable(int lit) {
    int v = Math.abs(lit);
    if (frozen[v] || model.holds(lit)) {
      return model.holds(lit);
    }
    model.flip(v);
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
    boolean[] found =
        model.unsatSize() == 0 ? (copy ? model.values().clone() : model.values()) : null;
    undo(moved, flips);
    return found;
  }

  /** Walks from the {@code forced} flips in {@code moved}; returns the number of flips made. */
  private int walk(int[] moved, int forced, int budget) {
    int flips = forced;
    while (model.unsatSize() > 0 && flips - forced < budget) {
      int var = choose(model.unsatAt(random.nextInt(model.unsatSize())));
      if (var == 0) {
        break;
      }
      model.flip(var);
      moved[flips++] = var;
    }
    return flips;
  }

  private void undo(int[] moved, int flips) {
    for (int i = flips - 1; i >= 0; i--) {
      model.flip(moved[i]);
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
    boolean[] found = model.unsatSize() == 0 ? model.values().clone() : null;
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
    int[] change = model.unsatSize() == 0 ? model.changed(moved, flips) : null;
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
      if (!model.holds(lit)) {
        model.flip(v);
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
      int breaks = model.breaks(lit);
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
}
