package dev.atelier.engine.count;

import java.math.BigInteger;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs one model count on its own thread with a large stack (the compilers recurse deeply). The
 * work stops itself cooperatively: its owner ({@link ModelCounting#count}) sets the stop condition
 * the work checks between steps, when the race is decided or the deadline passes. A count that
 * overflows the stack or the heap gives no answer. Not thread-safe; one per count.
 */
final class CountingThread extends Thread {
  private static final long STACK_BYTES = 512L * 1024 * 1024;

  private final Supplier<BigInteger> work;
  private final CompletableFuture<BigInteger> first;
  private final AtomicInteger running;

  /**
   * A thread completing {@code first} with its count, or with null when it is the last of {@code
   * running} threads to finish without one.
   */
  CountingThread(
      Supplier<BigInteger> work, CompletableFuture<BigInteger> first, AtomicInteger running) {
    super(null, null, "atelier-count", STACK_BYTES);
    this.work = work;
    this.first = first;
    this.running = running;
    setDaemon(true);
  }

  @Override
  public void run() {
    BigInteger count = null;
    try {
      count = work.get();
    } catch (StackOverflowError | OutOfMemoryError e) {
      count = null;
    } finally {
      if (count != null) {
        first.complete(count);
      } else if (running.decrementAndGet() == 0) {
        first.complete(null);
      }
    }
  }
}
