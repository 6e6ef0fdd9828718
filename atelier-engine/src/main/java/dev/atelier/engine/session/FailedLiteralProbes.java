package dev.atelier.engine.session;

import static dev.atelier.engine.session.SlotStatus.OFFERED;
import static dev.atelier.engine.session.SlotStatus.OPEN;
import static dev.atelier.engine.session.SlotStatus.REFUSED;

import java.util.Arrays;

/**
 * The failed-literal probes of one valid-domain computation (one per {@code DomainState}): a value
 * whose literal propagates to a conflict is refused; otherwise its literal and everything it
 * implies are forced into the last model and a short walk repairs the rest, which witnesses it
 * without a SAT call. Not thread-safe.
 */
final class FailedLiteralProbes {
  // Models found by probes, checked against later open values before probing them.
  private static final int RECENT = 8;
  // Probes whose propagation assigns more literals are left to the SAT rounds (a walk from a
  // model that far away rarely succeeds, and the propagation alone costs a descent's share).
  private static final int MAX_CONE = Integer.getInteger("atelier.probe.cone", 2000);
  // -Datelier.probe.retry=on: a probe that went over the cone limit is tried again in every later
  // probe pass of the computation (old-vs-new from one jar).
  private static final boolean SKIP_OVERFLOWED =
      !"on".equals(System.getProperty("atelier.probe.retry"));

  private final Slots slots;
  // The computation's slot statuses (SlotStatus), shared with its DomainState.
  private final byte[] status;
  // Slots whose probe went over the cone limit in this computation: the propagation only grows
  // within a computation, so probing them again would mostly go over it again.
  private final boolean[] overflowed;

  FailedLiteralProbes(Slots slots, byte[] status) {
    this.slots = slots;
    this.status = status;
    this.overflowed = new boolean[slots.size()];
  }

  /**
   * Settles the {@code open} slots' values, with the variables of {@code frozen} fixed, by
   * failed-literal probes on top of the decisions' propagation {@code up}: a value whose literal
   * propagates to a conflict is refused; otherwise its literal and everything it implies are forced
   * into {@code base} and a short walk repairs the rest, which witnesses it (and the values the
   * repaired model contains) without a SAT call. Stops probing once {@code up.work()} passes {@code
   * workLimit}; values not settled stay open. With {@code graph}, a value whose atomic set was
   * probed takes that answer. With {@code learn}, a failed literal's negation (implied by the
   * decisions) stays in {@code up} with its implications (unless they are more than the cone
   * limit), so later probes fail sooner and values it falsifies are refused without a probe of
   * their own. With {@code memory} (see {@link ProbeMemory}), a value a change of this computation
   * made true, or whose remembered change still repairs into a model, is offered without a probe,
   * every model a probe finds is remembered, and only the probes (not the recalls) stop at {@code
   * workLimit}.
   */
  void probe(
      int[] open,
      boolean[] frozen,
      UnitPropagation up,
      LocalRepair repair,
      boolean[] base,
      long workLimit,
      ImplicationGraph graph,
      boolean learn,
      ProbeMemory memory) {
    repair.reset(base, frozen);
    SatTrace.probeOpen += open.length;
    boolean[][] recent = new boolean[RECENT][];
    byte[] byClass = graph == null ? null : new byte[2 * frozen.length + 2];
    int found = 0;
    int[] visit = memory == null ? open : byRememberedChange(open, memory);
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
  }

  /**
   * The {@code open} slots still open, those whose remembered change is longest first (recalling it
   * witnesses the most other literals), otherwise in slot order.
   */
  private int[] byRememberedChange(int[] open, ProbeMemory memory) {
    long[] keys = new long[open.length];
    int n = 0;
    for (int r = 0; r < open.length; r++) {
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
      if (Assignments.holds(models[k], lit)) {
        return true;
      }
    }
    return false;
  }
}
