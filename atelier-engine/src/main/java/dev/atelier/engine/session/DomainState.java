package dev.atelier.engine.session;

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
  private static final byte OPEN = 0;
  private static final byte OFFERED = 1;
  private static final byte REFUSED = 2;
  // Models found by probes, checked against later open values before probing them.
  private static final int RECENT = 8;
  // Probes whose propagation assigns more literals are left to the SAT rounds (a walk from a
  // model that far away rarely succeeds, and the propagation alone costs a descent's share).
  private static final int MAX_CONE = Integer.getInteger("atelier.probe.cone", 2000);
  // -Datelier.probe.retry=on: a probe that went over the cone limit is tried again in every later
  // probe pass of the computation (old-vs-new from one jar).
  static final boolean SKIP_OVERFLOWED = !"on".equals(System.getProperty("atelier.probe.retry"));

  private final Slots slots;
  private final ClauseIndex index;
  private final byte[] status;
  private final boolean[] frozen;
  // Open slots in slot order; entries settled since the last pass are dropped lazily.
  private final int[] open;
  private int openSize;
  // Slots whose probe went over the cone limit in this computation: the propagation only grows
  // within a computation, so probing them again would mostly go over it again.
  private final boolean[] overflowed;

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
    this.overflowed = new boolean[slots.size()];
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
   * Settles open values by failed-literal probes on top of the decisions' propagation {@code up}: a
   * value whose literal propagates to a conflict is refused; otherwise its literal and everything
   * it implies are forced into {@code base} and a short walk repairs the rest, which witnesses it
   * (and the values the repaired model contains) without a SAT call. Stops probing once {@code
   * up.work()} passes {@code workLimit}; values not settled stay open. With {@code graph}, a value
   * whose atomic set was probed takes that answer. With {@code learn}, a failed literal's negation
   * (implied by the decisions) stays in {@code up} with its implications (unless they are more than
   * the cone limit), so later probes fail sooner and values it falsifies are refused without a
   * probe of their own. With {@code memory} (see {@link ProbeMemory}), a value a change of this
   * computation made true, or whose remembered change still repairs into a model, is offered
   * without a probe, every model a probe finds is remembered, and only the probes (not the recalls)
   * stop at {@code workLimit}.
   */
  void probeOpen(
      UnitPropagation up,
      LocalRepair repair,
      boolean[] base,
      long workLimit,
      ImplicationGraph graph,
      boolean learn,
      ProbeMemory memory) {
    repair.reset(base, frozen);
    SatTrace.probeOpen += openSize;
    boolean[][] recent = new boolean[RECENT][];
    byte[] byClass = graph == null ? null : new byte[2 * frozen.length + 2];
    int found = 0;
    int[] visit = memory == null ? Arrays.copyOf(open, openSize) : byRememberedChange(memory);
    for (int s : visit) {
      if (status[s] != OPEN) {
        continue;
      }
      int lit = slots.literal(s);
      if (slots.isUnset(s) || memory == null && up.work() > workLimit || overflowed[s]) {
        continue;
      }
      int node = byClass == null ? 0 : ImplicationGraph.node(graph.representative(lit));
      if (byClass != null && byClass[node] != OPEN) {
        status[s] = byClass[node];
        continue;
      }
      if (learn && up.isTrue(lit)) {
        // Implied by the decisions (through a learned literal), which are consistent.
        status[s] = OFFERED;
        continue;
      }
      if (memory == null && heldByAny(recent, Math.min(found, RECENT), lit)) {
        status[s] = OFFERED;
        continue;
      }
      if (memory != null && recalled(memory, up, repair, lit)) {
        status[s] = OFFERED;
        continue;
      }
      if (up.work() > workLimit) {
        continue;
      }
      int mark = up.probe(lit, MAX_CONE);
      SatTrace.probes++;
      if (mark == -2) {
        SatTrace.overflowed++;
        overflowed[s] = SKIP_OVERFLOWED;
      }
      if (mark == -1) {
        SatTrace.failed++;
        status[s] = REFUSED;
        if (learn) {
          up.probe(-lit, MAX_CONE);
        }
      } else if (mark >= 0 && memory != null) {
        int[] change = repair.changeWith(up, mark);
        up.undoTo(mark);
        if (change != null) {
          SatTrace.repaired++;
          status[s] = OFFERED;
          memory.found(lit, change);
        }
      } else if (mark >= 0) {
        boolean[] model = repair.reachableWith(up, mark);
        up.undoTo(mark);
        if (model != null) {
          SatTrace.repaired++;
          status[s] = OFFERED;
          recent[found++ % RECENT] = model;
        }
      }
      if (status[s] != OPEN && byClass != null) {
        byClass[node] = status[s];
      }
    }
    openCount();
  }

  /**
   * The open slots, those whose remembered change is longest first (recalling it witnesses the most
   * other literals), otherwise in slot order.
   */
  private int[] byRememberedChange(ProbeMemory memory) {
    long[] keys = new long[openSize];
    int n = 0;
    for (int r = 0; r < openSize; r++) {
      int s = open[r];
      if (status[s] == OPEN) {
        int length = slots.isUnset(s) ? 0 : memory.rememberedLength(slots.literal(s));
        keys[n++] = (long) (ProbeMemory.MAX_CHANGE + 1 - length) << 32 | r;
      }
    }
    Arrays.sort(keys, 0, n);
    int[] visit = new int[n];
    for (int k = 0; k < n; k++) {
      visit[k] = open[(int) keys[k]];
    }
    return visit;
  }

  /**
   * Whether {@code lit} is witnessed without a probe: a change found in this computation made it
   * true, or the change remembered for it from an earlier computation is compatible with the
   * decisions' propagation {@code up} and still repairs into a model (then remembered anew).
   */
  private static boolean recalled(
      ProbeMemory memory, UnitPropagation up, LocalRepair repair, int lit) {
    if (memory.witnessed(lit)) {
      return true;
    }
    int[] change = memory.recall(lit);
    if (change == null || !ProbeMemory.compatible(change, up)) {
      return false;
    }
    int[] now = repair.forced(change);
    if (now == null) {
      return false;
    }
    SatTrace.recalled++;
    memory.found(lit, now);
    return true;
  }

  private static boolean heldByAny(boolean[][] models, int count, int lit) {
    for (int k = 0; k < count; k++) {
      if (holds(models[k], lit)) {
        return true;
      }
    }
    return false;
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

  static boolean holds(boolean[] model, int lit) {
    return lit > 0 ? model[lit] : !model[-lit];
  }

  static boolean satisfies(boolean[] model, int[] lits) {
    for (int lit : lits) {
      if (!holds(model, lit)) {
        return false;
      }
    }
    return true;
  }
}
