package dev.atelier.engine.count;

import java.math.BigInteger;
import java.util.function.Supplier;

/**
 * Runs one LogicNG model count on its own thread with a large stack (the d-DNNF compiler recurses
 * deeply). LogicNG checks the deadline only between Shannon expansions; its decomposition-tree
 * phase cannot be interrupted, so a count that outlives its deadline is stopped. Stopping is safe
 * here: the thread owns every object it touches (its own formula factory) and holds no shared lock.
 * Not thread-safe; one per count.
 */
final class CountingThread extends Thread {
  private static final long STACK_BYTES = 512L * 1024 * 1024;

  private final Supplier<BigInteger> work;
  private volatile BigInteger count;

  CountingThread(Supplier<BigInteger> work) {
    super(null, null, "atelier-count", STACK_BYTES);
    this.work = work;
    setDaemon(true);
  }

  @Override
  public void run() {
    count = work.get();
  }

  BigInteger count() {
    return count;
  }

  /** Stops a count that outlived its deadline (left running as a daemon where the JVM refuses). */
  @SuppressWarnings({"deprecation", "removal"})
  void abandon() {
    try {
      stop();
    } catch (UnsupportedOperationException e) {
      setPriority(MIN_PRIORITY);
    }
  }
}
