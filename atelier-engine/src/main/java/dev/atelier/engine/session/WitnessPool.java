package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Satisfying assignments of one compiled version, shared by all its sessions (a memo of the {@link
 * CompiledModel}): every session offers the models its SAT calls find, and a later decision in any
 * session first looks here for models that agree with its decisions, each witnessing every value it
 * contains. Bounded: the oldest model is replaced first. Models are never modified after they are
 * offered. Thread-safe.
 */
final class WitnessPool {
  static final int CAPACITY = 128;

  private final boolean[][] models = new boolean[CAPACITY][];
  private int next;
  private int size;

  /** The pool of {@code model}, created on first use. */
  static WitnessPool of(CompiledModel model) {
    Optional<WitnessPool> pool = model.memo(WitnessPool.class);
    if (pool.isPresent()) {
      return pool.get();
    }
    model.offerMemo(WitnessPool.class, new WitnessPool());
    return model.memo(WitnessPool.class).orElseThrow();
  }

  /** Adds a satisfying assignment (index 0 unused); the caller no longer modifies it. */
  synchronized void offer(boolean[] model) {
    models[next] = model;
    next = (next + 1) % CAPACITY;
    size = Math.min(size + 1, CAPACITY);
  }

  /** The pooled models in which every literal of {@code lits} holds, newest first, at most max. */
  List<boolean[]> agreeingWith(int[] lits, int max) {
    boolean[][] snapshot;
    int from;
    int count;
    synchronized (this) {
      snapshot = models.clone();
      from = next;
      count = size;
    }
    List<boolean[]> out = new ArrayList<>();
    for (int k = 1; k <= count && out.size() < max; k++) {
      boolean[] m = snapshot[Math.floorMod(from - k, CAPACITY)];
      if (DomainState.satisfies(m, lits)) {
        out.add(m);
      }
    }
    return out;
  }
}
