package dev.atelier.bench.report;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Measures heap use over a phase of the run: {@link #start()} resets the peak usage of every heap
 * memory pool and notes the collector counters; {@link #stop()} reads them back. The peak is the
 * sum of the pools' peaks (pools peak at slightly different moments, so this errs high) and
 * includes garbage not yet collected. Not thread-safe; one phase at a time.
 */
public final class HeapMeter {
  private long gcCountAtStart;
  private long gcMillisAtStart;

  /** Starts a phase. */
  public void start() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
    gcCountAtStart = gcCount();
    gcMillisAtStart = gcMillis();
  }

  /** Ends the phase and reports its peak heap and collector activity. */
  public HeapUsage stop() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return new HeapUsage(
        peak / (1024.0 * 1024.0), gcCount() - gcCountAtStart, gcMillis() - gcMillisAtStart);
  }

  /** Heap in use right now, in MiB (after an optional collection request). */
  public static double usedNowMb(boolean collectFirst) {
    if (collectFirst) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }

  /** The maximum heap the JVM may use, in MiB. */
  public static double maxHeapMb() {
    return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
  }

  private static long gcCount() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionCount());
    }
    return total;
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }
}
