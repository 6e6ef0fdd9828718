package dev.atelier.bench.run;

import dev.atelier.bench.report.HeapMeter;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Result;
import dev.atelier.formats.sales.SalesFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The engine's phase of a run: warm-up sessions (untimed, their own counters), then the timed
 * sessions with the heap measured. Random warm-up sessions draw from a seed derived from the run's
 * seed, so the timed sessions are the same whatever the warm-up; replay warm-up replays the first
 * lines of the file. Not thread-safe.
 */
public final class SessionPhase {
  private static final long WARMUP_SEED_MIX = 0x9E3779B97F4A7C15L;

  private final CompiledModel compiled;
  private final DomainLayout layout;
  private final BenchConfig config;
  private final Consumer<String> progress;
  private List<SessionTrace> warmup = List.of();

  /** A phase running {@code config} on {@code compiled}, telling {@code progress} how it goes. */
  public SessionPhase(
      CompiledModel compiled, DomainLayout layout, BenchConfig config, Consumer<String> progress) {
    this.compiled = compiled;
    this.layout = layout;
    this.config = config;
    this.progress = progress;
  }

  /** Runs seeded random sessions. */
  public Result<SessionRun> random() {
    RandomSessions warm =
        new RandomSessions(
            compiled, layout, config, config.seed() ^ WARMUP_SEED_MIX, new RunCounters());
    List<SessionTrace> warmed = new ArrayList<>();
    for (int s = 0; s < config.warmupSessions(); s++) {
      warmed.add(warm.next());
    }
    warmup = List.copyOf(warmed);
    RunCounters counters = new RunCounters();
    RandomSessions timed = new RandomSessions(compiled, layout, config, config.seed(), counters);
    HeapMeter heap = new HeapMeter();
    heap.start();
    List<SessionTrace> traces = new ArrayList<>();
    for (int s = 0; s < config.sessions(); s++) {
      traces.add(timed.next());
      report(traces, config.sessions());
    }
    return Result.ok(SessionRun.of(traces, counters, heap.stop()));
  }

  /** Replays the first {@code sessions} lines of {@code sales}. */
  public Result<SessionRun> replay(SalesFile sales) {
    List<List<String>> rows =
        sales.rows().subList(0, Math.min(config.sessions(), sales.rows().size()));
    Result<ReplaySessions> warm = replayer(sales, new RunCounters());
    if (!warm.isOk()) {
      return Result.failed(warm.failureOrNull());
    }
    warmup =
        warm.orThrow()
            .replayAll(sales.rows().subList(0, Math.min(config.warmupSessions(), rows.size())));
    RunCounters counters = new RunCounters();
    ReplaySessions timed = replayer(sales, counters).orThrow();
    HeapMeter heap = new HeapMeter();
    heap.start();
    List<SessionTrace> traces = new ArrayList<>();
    for (List<String> row : rows) {
      traces.add(timed.replay(row));
      report(traces, rows.size());
    }
    return Result.ok(SessionRun.of(traces, counters, heap.stop()));
  }

  private void report(List<SessionTrace> traces, int total) {
    int done = traces.size();
    if (done == total || done % Math.max(1, total / 20) == 0) {
      int decisions = traces.stream().mapToInt(SessionTrace::size).sum();
      progress.accept("session " + done + "/" + total + " done, " + decisions + " decisions");
    }
  }

  /** The warm-up sessions of the last run (for the baseline's own warm-up). */
  public List<SessionTrace> warmupTraces() {
    return warmup;
  }

  private Result<ReplaySessions> replayer(SalesFile sales, RunCounters counters) {
    return ReplaySessions.of(compiled, layout, config, counters, sales.columns());
  }
}
