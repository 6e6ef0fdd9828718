package dev.atelier.bench;

import dev.atelier.bench.baseline.BaselineComparison;
import dev.atelier.bench.baseline.BaselineRun;
import dev.atelier.bench.report.HeapMeter;
import dev.atelier.bench.run.BenchClock;
import dev.atelier.bench.run.BenchConfig;
import dev.atelier.bench.run.DomainLayout;
import dev.atelier.bench.run.ExplainCompletePhase;
import dev.atelier.bench.run.LoadedModel;
import dev.atelier.bench.run.ModelSource;
import dev.atelier.bench.run.SessionPhase;
import dev.atelier.bench.run.SessionRun;
import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.DecisionDnnf;
import dev.atelier.engine.count.DnnfCompiler;
import dev.atelier.engine.count.KnowledgeCompilation;
import dev.atelier.engine.count.TableCompilation;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.formats.sales.SalesFile;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs one benchmark: reads and compiles the model (timed), runs the warm-up sessions (untimed),
 * the timed sessions, and then, when asked, the baseline over the same decisions. Stateless and
 * thread-safe; runs on the calling thread.
 */
public final class BenchRunner {

  /** How long to wait for the decision-DNNF beyond its own budget. */
  static final long KNOWLEDGE_GRACE_MILLIS = 5_000;

  /** Compiling gets at least this long, whatever the per-call timeout. */
  static final long MIN_COMPILE_MILLIS = 600_000;

  private BenchRunner() {}

  /**
   * Runs {@code config} on the model named by {@code modelArgument}, telling {@code progress} how
   * it goes.
   */
  public static BenchOutcome run(
      String modelArgument, BenchConfig config, Consumer<String> progress) {
    double loadStart = loadAverage();
    Deadline compileDeadline =
        Deadline.inMillis(Math.max(MIN_COMPILE_MILLIS, config.timeoutMillis()));
    Result<LoadedModel> loaded = ModelSource.load(modelArgument, config.format(), compileDeadline);
    if (!loaded.isOk()) {
      Failure f = loaded.failureOrNull();
      return f.kind() == Failure.Kind.INVALID_MODEL && !f.details().isEmpty()
          ? new BenchOutcome.BadInput(f.details())
          : new BenchOutcome.EngineFailed("compile " + modelArgument, f);
    }
    LoadedModel model = loaded.orThrow();
    progress.accept(
        String.format(
            Locale.ROOT,
            "loaded in %.0f ms, compiled in %.0f ms",
            model.loadNanos() / 1e6,
            model.compileNanos() / 1e6));
    return measure(model, config, loadStart, progress);
  }

  /** Runs {@code config} on an already compiled model. */
  public static BenchOutcome measure(LoadedModel model, BenchConfig config) {
    return measure(model, config, loadAverage(), line -> {});
  }

  private static BenchOutcome measure(
      LoadedModel model, BenchConfig config, double loadStart, Consumer<String> progress) {
    Optional<SalesFile> sales = Optional.empty();
    if (config.replay().isPresent()) {
      SalesFile.Read read = SalesFile.read(config.replay().get());
      if (read instanceof SalesFile.Unreadable u) {
        return new BenchOutcome.BadInput(List.of(u.diagnostic().toString()));
      }
      sales = Optional.of(((SalesFile.Parsed) read).sales());
    }
    CompiledModel compiled = model.compiled();
    Optional<Double> countMs = Optional.empty();
    Optional<String> count = Optional.empty();
    if (config.count()) {
      long start = System.nanoTime();
      Result<BigInteger> counted = compiled.count(Deadline.inMillis(config.timeoutMillis()));
      countMs = Optional.of((System.nanoTime() - start) / 1e6);
      count = Optional.of(counted.isOk() ? counted.orThrow().toString() : "failed");
      progress.accept(String.format(Locale.ROOT, "counted in %.0f ms", countMs.get()));
      if (BenchClock.isCpuTime()) {
        progress.accept(countOnThisThread(compiled, config.timeoutMillis()));
      }
    }
    // Sessions use the compiled DNNF once it is ready: wait for it so that all timed sessions
    // agree.
    Optional<DecisionDnnf> dnnf =
        compiled
            .knowledge()
            .await(Deadline.inMillis(KnowledgeCompilation.BUDGET_MILLIS + KNOWLEDGE_GRACE_MILLIS));
    double knowledgeMs = compiled.knowledge().compileNanos() / 1e6;
    progress.accept(
        String.format(
            Locale.ROOT,
            "decision-DNNF: %s after %.0f ms",
            dnnf.map(d -> d.size() + " nodes").orElse("not within budget"),
            knowledgeMs));
    // Table models: wait for the clique tree too (sessions prefer it once it is ready).
    long tablesStart = System.nanoTime();
    Optional<CliqueTree> tree =
        compiled
            .tables()
            .await(Deadline.inMillis(3 * TableCompilation.BUDGET_MILLIS + KNOWLEDGE_GRACE_MILLIS));
    progress.accept(
        String.format(
            Locale.ROOT,
            "clique tree: %s after %.0f ms (waited %.0f ms)",
            tree.map(
                    t ->
                        String.format(
                            Locale.ROOT,
                            "width %d, %d rows, %.1f MiB",
                            t.width(),
                            t.rows(),
                            t.bytes() / 1048576.0))
                .orElse("none (not all tables, or not within budget)"),
            compiled.tables().compileNanos() / 1e6,
            (System.nanoTime() - tablesStart) / 1e6));
    double liveHeap = HeapMeter.usedNowMb(true);
    DomainLayout layout = new DomainLayout(model.compiled().variables());
    SessionPhase phase = new SessionPhase(model.compiled(), layout, config, progress);
    Result<SessionRun> ours = sales.isPresent() ? phase.replay(sales.get()) : phase.random();
    if (!ours.isOk()) {
      Failure f = ours.failureOrNull();
      return f.kind() == Failure.Kind.UNKNOWN_ATTRIBUTE
          ? new BenchOutcome.BadInput(List.of(config.replay().orElseThrow() + ": " + f.message()))
          : new BenchOutcome.EngineFailed("run sessions", f);
    }
    Optional<BaselineRun> baseline = Optional.empty();
    if (config.baseline()) {
      baseline =
          Optional.of(
              BaselineComparison.run(
                  model.compiled(),
                  layout,
                  phase.warmupTraces(),
                  ours.orThrow().traces(),
                  progress));
    }
    Optional<ExplainCompletePhase.Timings> explainComplete = Optional.empty();
    if (config.explainComplete()) {
      progress.accept("timing explain and complete(cheapest)");
      explainComplete =
          Optional.of(
              new ExplainCompletePhase(compiled, config)
                  .run(phase.warmupTraces(), ours.orThrow().traces()));
    }
    BenchReport.Extras extras =
        new BenchReport.Extras(
            countMs, count, knowledgeMs, dnnf.map(DecisionDnnf::size).orElse(-1), explainComplete);
    BenchReport.Environment environment =
        new BenchReport.Environment(
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            HeapMeter.maxHeapMb(),
            liveHeap,
            loadStart,
            loadAverage());
    return new BenchOutcome.Completed(
        new BenchReport(model, config, ours.orThrow(), baseline, extras, environment));
  }

  /**
   * The exact count as the decision-DNNF compiler makes it, on the benchmark thread and timed in
   * its CPU time up to {@code cpuMillis}: on a loaded machine the engine's own wall-clock limits
   * end the compilation before it has had its share of a core, so this is the figure to compare.
   */
  private static String countOnThisThread(CompiledModel compiled, long cpuMillis) {
    Cnf cnf = compiled.cnf();
    long start = BenchClock.now();
    Optional<DecisionDnnf> dnnf =
        DnnfCompiler.compile(
            cnf.numVars(),
            cnf.clauses(),
            new int[0],
            Deadline.inMillis(MIN_COMPILE_MILLIS),
            KnowledgeCompilation.MAX_NODES,
            () -> BenchClock.now() - start > cpuMillis * 1_000_000,
            false,
            cnf.branchRanks());
    Optional<BigInteger> count = dnnf.map(d -> d.count(new int[0]));
    return String.format(
        Locale.ROOT,
        "count by decision-DNNF on the benchmark thread: %s in %.1f ms CPU",
        dnnf.map(d -> d.size() + " nodes, " + count.orElseThrow().toString().length() + " digits")
            .orElse("not within " + KnowledgeCompilation.MAX_NODES + " nodes or the time"),
        (BenchClock.now() - start) / 1e6);
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
