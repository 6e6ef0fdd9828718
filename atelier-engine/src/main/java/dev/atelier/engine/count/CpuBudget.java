package dev.atelier.engine.count;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.BooleanSupplier;

/**
 * A stop condition for a compilation: true once the thread that created it has used a given amount
 * of CPU time since, or once {@code other} holds. CPU rather than wall-clock time, so that a busy
 * machine (where a thread waits for a core) does not make a compilation give up early. Where the
 * JVM cannot measure thread CPU time, only {@code other} counts. Create it on the compiling thread;
 * called on another thread, only {@code other} counts.
 */
final class CpuBudget {
  private CpuBudget() {}

  static BooleanSupplier spentOr(long cpuNanos, BooleanSupplier other) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      return other;
    }
    Thread owner = Thread.currentThread();
    long start = threads.getCurrentThreadCpuTime();
    return () ->
        other.getAsBoolean()
            || Thread.currentThread() == owner
                && threads.getCurrentThreadCpuTime() - start > cpuNanos;
  }
}
