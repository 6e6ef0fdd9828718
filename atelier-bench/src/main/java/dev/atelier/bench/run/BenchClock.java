package dev.atelier.bench.run;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The clock latencies are read from: wall-clock time (default), or with {@code --cpu-time} the
 * calling thread's CPU time, which leaves out the time spent waiting for a core on a loaded machine
 * (and the work of other threads: JIT, garbage collection, the background DNNF compilation).
 * Thread-safe; the mode is set once per run, before any timing.
 */
public final class BenchClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile boolean cpuTime;

  private BenchClock() {}

  /** Chooses CPU time ({@code true}) or wall-clock time. */
  public static void useCpuTime(boolean cpu) {
    cpuTime = cpu;
  }

  /** Whether latencies are CPU time. */
  public static boolean isCpuTime() {
    return cpuTime;
  }

  /** Now, in nanoseconds, on the chosen clock. */
  public static long now() {
    return cpuTime ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
