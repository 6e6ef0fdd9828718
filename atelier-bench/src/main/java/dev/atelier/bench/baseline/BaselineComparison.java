package dev.atelier.bench.baseline;

import dev.atelier.bench.report.HeapMeter;
import dev.atelier.bench.report.LatencyStats;
import dev.atelier.bench.run.BenchClock;
import dev.atelier.bench.run.DomainLayout;
import dev.atelier.bench.run.SessionTrace;
import dev.atelier.engine.compile.CompiledModel;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Answers every decision of recorded sessions with the {@link BackboneBaseline}, times each answer
 * and compares it with the engine's recorded answer. Runs after the engine's phase, so neither
 * disturbs the other's timings or heap peak. The warm-up sessions are answered first, untimed and
 * not compared. Stateless and thread-safe (each call builds its own baseline).
 */
public final class BaselineComparison {

  private BaselineComparison() {}

  /**
   * Runs the baseline over {@code warmup} (untimed) and {@code timed} sessions, telling {@code
   * progress} how it goes.
   */
  public static BaselineRun run(
      CompiledModel compiled,
      DomainLayout layout,
      List<SessionTrace> warmup,
      List<SessionTrace> timed,
      Consumer<String> progress) {
    HeapMeter heap = new HeapMeter();
    heap.start();
    long start = BenchClock.now();
    BackboneBaseline baseline = new BackboneBaseline(compiled, layout);
    double setupMillis = (BenchClock.now() - start) / 1e6;
    for (SessionTrace trace : warmup) {
      for (int k = 0; k < trace.size(); k++) {
        baseline.answer(trace.decisionsThrough(k));
      }
    }
    int total = timed.stream().mapToInt(SessionTrace::size).sum();
    long[] nanos = new long[total];
    int n = 0;
    int mismatches = 0;
    String first = "";
    int sessions = 0;
    for (SessionTrace trace : timed) {
      if (++sessions % Math.max(1, timed.size() / 20) == 0 || sessions == timed.size()) {
        progress.accept("baseline: session " + sessions + "/" + timed.size());
      }
      for (int k = 0; k < trace.size(); k++) {
        var decisions = trace.decisionsThrough(k);
        start = BenchClock.now();
        BitSet expected = baseline.answer(decisions);
        nanos[n++] = BenchClock.now() - start;
        BitSet actual = trace.answer(k);
        if (!expected.equals(actual)) {
          if (mismatches++ == 0) {
            first = "after " + decisions + ": " + layout.firstDifference(expected, actual);
          }
        }
      }
    }
    return new BaselineRun(
        LatencyStats.ofNanos(nanos), total, mismatches, first, setupMillis, heap.stop());
  }
}
