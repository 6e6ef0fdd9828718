package dev.atelier.engine.session;

import java.util.Arrays;

/**
 * What one session's failed-literal probes found, kept so that later work is proportional to what a
 * decision changed. A probe that ends in a model (its literal, the literals it implies and the
 * repair walk's flips, forced into the base model) is kept as its <em>change</em>: the literals of
 * the variables whose value differs from the base. Within one computation every literal of a change
 * is witnessed (the base's literals were witnessed before), so it needs no probe of its own; in a
 * later computation the change remembered for an open literal is forced into the new base and
 * repaired by a short walk, which witnesses it again without the probe's unit propagation, unless
 * the new decisions' propagation falsifies one of its literals. Only a model found by a walk is
 * trusted, so an old change can be stale without harm. Bounded: changes longer than {@link
 * #MAX_CHANGE} literals are not kept, and all are dropped once {@link #MAX_STORED} literals are
 * kept. -Datelier.probe.memory=off is the probes of before (old-vs-new runs from one jar). Not
 * thread-safe; one per session.
 */
final class ProbeMemory {
  static final boolean ON =
      DomainComputer.PROBES && !"off".equals(System.getProperty("atelier.probe.memory"));
  static final int MAX_CHANGE = 512;
  static final int MAX_STORED = 1 << 20;

  // By literal node (ImplicationGraph.node): the change that last witnessed it, or null.
  private final int[][] changes;
  // By literal node: the computation in which a change made the literal true.
  private final int[] witnessedIn;
  // By literal node: the computation in which its remembered change was last forced.
  private final int[] recalledIn;
  private int computation = 1;
  private long stored;

  ProbeMemory(int numVars) {
    this.changes = new int[2 * numVars + 2][];
    this.witnessedIn = new int[2 * numVars + 2];
    this.recalledIn = new int[2 * numVars + 2];
  }

  /** A new computation starts: literals witnessed under other decisions are open again. */
  void begin() {
    computation++;
  }

  /** Whether a change found in this computation made {@code lit} true. */
  boolean witnessed(int lit) {
    return witnessedIn[ImplicationGraph.node(lit)] == computation;
  }

  /**
   * The change that last witnessed {@code lit} (in any computation), or null; also null when it was
   * already recalled in this computation (a failed walk is not tried twice).
   */
  int[] recall(int lit) {
    int node = ImplicationGraph.node(lit);
    if (recalledIn[node] == computation) {
      return null;
    }
    recalledIn[node] = computation;
    return changes[node];
  }

  /** The length of the change remembered for {@code lit}, 0 when none. */
  int rememberedLength(int lit) {
    int[] change = changes[ImplicationGraph.node(lit)];
    return change == null ? 0 : change.length;
  }

  /**
   * A model differing from the base by {@code change} (literals) was found under this computation's
   * decisions: its literals are witnessed, and it is remembered for {@code lit} and for its other
   * literals that have no change yet.
   */
  void found(int lit, int[] change) {
    for (int l : change) {
      witnessedIn[ImplicationGraph.node(l)] = computation;
    }
    if (change.length > MAX_CHANGE) {
      return;
    }
    if (stored + change.length > MAX_STORED) {
      Arrays.fill(changes, null);
      stored = 0;
    }
    stored += change.length;
    changes[ImplicationGraph.node(lit)] = change;
    for (int l : change) {
      if (changes[ImplicationGraph.node(l)] == null) {
        changes[ImplicationGraph.node(l)] = change;
      }
    }
  }

  /** Whether no literal of {@code change} is false under {@code up} (so it may be forced). */
  static boolean compatible(int[] change, UnitPropagation up) {
    for (int l : change) {
      if (up.isFalse(l)) {
        return false;
      }
    }
    return true;
  }
}
