package dev.atelier.engine.session;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * With -Datelier.sat.trace=true, where one valid-domain computation on the SAT path spends its
 * work, printed to stderr once per computation: CPU time of its phases (moving earlier witnesses,
 * the failed-literal probe rounds, the SAT calls), the probes and what they settled, and the
 * solver's counters. For measurements only; the counters are shared (single-threaded benchmark
 * runs).
 */
final class SatTrace {
  static final boolean ON = Boolean.getBoolean("atelier.sat.trace");
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  static long computeStart;
  static long startNanos;
  static long setupNanos;
  static long chunkProbes;
  static long chunkClashes;
  // Literals the chunk choice's probes propagated: those kept in a chunk, and those of probes that
  // ended in a clash with the chunk (propagated up to the conflict, then undone).
  static long chunkLiterals;
  static long clashLiterals;
  static long probeNanos;
  static long chunkNanos;
  static long witnessNanos;
  static long probes;
  static long failed;
  static long repaired;
  static long probeOpen;
  static long recalled;
  static long overflowed;
  static long moveTries;
  static long moveOk;
  static long completeNanos;
  static long completed;
  static long completeTries;

  private SatTrace() {}

  /** CPU time of this thread (0 when the trace is off). */
  static long now() {
    return ON ? CPU.getCurrentThreadCpuTime() : 0;
  }

  /** Prints and resets the counters of one computation. */
  static void print(SteerableMiniSat.Counters solver) {
    if (ON) {
      System.err.printf(
          "atelier.sat.trace totalMs %d %s setupMs %d startMs %d probeMs %d chunkMs %d chunkProbes %d/%d chunkLits %d/%d witnessMs %d probes %d failed %d repaired %d recalled %d overflowed %d probeOpen %d moves %d/%d completeMs %d completed %d/%d%n",
          (now() - computeStart) / 1_000_000,
          solver,
          setupNanos / 1_000_000,
          startNanos / 1_000_000,
          probeNanos / 1_000_000,
          chunkNanos / 1_000_000,
          chunkProbes,
          chunkClashes,
          chunkLiterals,
          clashLiterals,
          witnessNanos / 1_000_000,
          probes,
          failed,
          repaired,
          recalled,
          overflowed,
          probeOpen,
          moveOk,
          moveTries,
          completeNanos / 1_000_000,
          completed,
          completeTries);
    }
    solver.reset();
    startNanos = 0;
    setupNanos = 0;
    chunkProbes = 0;
    chunkClashes = 0;
    chunkLiterals = 0;
    clashLiterals = 0;
    probeNanos = 0;
    chunkNanos = 0;
    witnessNanos = 0;
    probes = 0;
    failed = 0;
    repaired = 0;
    probeOpen = 0;
    recalled = 0;
    overflowed = 0;
    moveTries = 0;
    moveOk = 0;
    completeNanos = 0;
    completed = 0;
    completeTries = 0;
  }
}
