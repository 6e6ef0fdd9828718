package dev.atelier.engine.session;

import static dev.atelier.engine.session.SlotStatus.OFFERED;
import static dev.atelier.engine.session.SlotStatus.OPEN;
import static dev.atelier.engine.session.SlotStatus.REFUSED;

import dev.atelier.engine.compile.ClauseIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Work-in-progress of one valid-domain computation: per slot (a value, or an attribute's "unset",
 * see {@link Slots}) whether it is settled and offered. A satisfying assignment settles every value
 * it contains, and every value reachable from it by flipping one free variable. The slots still
 * open are kept in a list, so each pass (a witness, a propagation, a walk) costs what is open, not
 * the size of the model: after the first witness most values of a large model are settled. Not
 * thread-safe.
 */
final class DomainState {
  private final Slots slots;
  private final ClauseIndex index;
  private final byte[] status;
  private final boolean[] frozen;
  // Open slots in slot order; entries settled since the last pass are dropped lazily.
  private final int[] open;
  private int openSize;
  private final FailedLiteralProbes probes;

  DomainState(Slots slots, ClauseIndex index, int numVars, int[] decisionLits) {
    this.slots = slots;
    this.index = index;
    this.status = new byte[slots.size()];
    this.frozen = new boolean[numVars + 1];
    for (int lit : decisionLits) {
      frozen[Math.abs(lit)] = true;
    }
    this.open = new int[slots.size()];
    for (int s = 0; s < open.length; s++) {
      open[s] = s;
    }
    this.openSize = open.length;
    this.probes = new FailedLiteralProbes(slots, status);
  }

  /** Settles value {@code j} of attribute {@code i}. */
  void settle(int i, int j, boolean isOffered) {
    status[slots.value(i, j)] = isOffered ? OFFERED : REFUSED;
  }

  /** Settles "unset" of attribute {@code i}. */
  void settleUnset(int i, boolean possible) {
    status[slots.unset(i)] = possible ? OFFERED : REFUSED;
  }

  boolean offered(int i, int j) {
    return status[slots.value(i, j)] == OFFERED;
  }

  boolean unsetOk(int i) {
    return status[slots.unset(i)] == OFFERED;
  }

  /** Marks what {@code model} (and, with {@code rotate}, its one-flip neighbours) witnesses. */
  void witness(boolean[] model, boolean rotate) {
    int kept = 0;
    for (int r = 0; r < openSize; r++) {
      int s = open[r];
      if (status[s] != OPEN) {
        continue;
      }
      if (witnesses(model, s, rotate)) {
        status[s] = OFFERED;
      } else {
        open[kept++] = s;
      }
    }
    openSize = kept;
  }

  private boolean witnesses(boolean[] model, int s, boolean rotate) {
    if (slots.isUnset(s)) {
      int i = slots.attributeOf(s);
      for (int j = 0; j < slots.values(i); j++) {
        if (holds(model, slots.literal(slots.value(i, j)))) {
          return false;
        }
      }
      return true;
    }
    int lit = slots.literal(s);
    return holds(model, lit) || rotate && index.canFlipTo(model, frozen, lit);
  }

  /** The decided variables (index 0 unused; do not modify). */
  boolean[] frozen() {
    return frozen;
  }

  /** Settles as refused every open value (and "unset") whose literal {@code up} falsified. */
  void refuseFalsified(UnitPropagation up) {
    int kept = 0;
    for (int r = 0; r < openSize; r++) {
      int s = open[r];
      if (status[s] != OPEN) {
        continue;
      }
      if (up.isFalse(slots.literal(s))) {
        status[s] = REFUSED;
      } else {
        open[kept++] = s;
      }
    }
    openSize = kept;
  }

  /** Tries to witness every open value by a local walk from {@code base}. */
  void repairOpen(LocalRepair repair, boolean[] base) {
    repair.reset(base, frozen);
    int kept = 0;
    for (int r = 0; r < openSize; r++) {
      int s = open[r];
      if (status[s] != OPEN) {
        continue;
      }
      if (repair.reachable(slots.literal(s))) {
        status[s] = OFFERED;
      } else {
        open[kept++] = s;
      }
    }
    openSize = kept;
  }

  /** Freezes every variable the propagation of the decisions assigned (no model moves them). */
  void freezeImplied(UnitPropagation up) {
    for (int i = 0; i < up.trailSize(); i++) {
      frozen[Math.abs(up.trailLiteral(i))] = true;
    }
  }

  /**
   * Settles open values by failed-literal probes on top of the decisions' propagation {@code up}
   * (see {@link FailedLiteralProbes}).
   */
  void probeOpen(
      UnitPropagation up,
      LocalRepair repair,
      boolean[] base,
      long workLimit,
      ImplicationGraph graph,
      boolean learn,
      ProbeMemory memory) {
    probes.probe(
        Arrays.copyOf(open, openSize), frozen, up, repair, base, workLimit, graph, learn, memory);
    openCount();
  }

  /** The literals of all values (and "unset"s) not settled yet, in model order. */
  List<Integer> openLiterals() {
    List<Integer> lits = new ArrayList<>();
    int kept = 0;
    for (int r = 0; r < openSize; r++) {
      int s = open[r];
      if (status[s] == OPEN) {
        open[kept++] = s;
        lits.add(slots.literal(s));
      }
    }
    openSize = kept;
    return lits;
  }

  /** Settles as refused every open value (and "unset") whose literal is {@code lit}. */
  void refuseLiteral(int lit) {
    for (int r = 0; r < openSize; r++) {
      if (status[open[r]] == OPEN && slots.literal(open[r]) == lit) {
        status[open[r]] = REFUSED;
      }
    }
  }

  /** How many values (and "unset"s) are not settled yet (drops the settled from the open list). */
  int openCount() {
    int kept = 0;
    for (int r = 0; r < openSize; r++) {
      if (status[open[r]] == OPEN) {
        open[kept++] = open[r];
      }
    }
    openSize = kept;
    return kept;
  }

  /** Settles every open value and "unset" as refused. */
  void refuseOpen() {
    for (int r = 0; r < openSize; r++) {
      if (status[open[r]] == OPEN) {
        status[open[r]] = REFUSED;
      }
    }
    openSize = 0;
  }

  /** Whether {@code lit} is true in {@code model} (see {@link Assignments}). */
  static boolean holds(boolean[] model, int lit) {
    return Assignments.holds(model, lit);
  }

  /** Whether every literal of {@code lits} is true in {@code model} (see {@link Assignments}). */
  static boolean satisfies(boolean[] model, int[] lits) {
    return Assignments.satisfies(model, lits);
  }
}
