package dev.atelier.engine.oracle;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@link ModelRun} for seeds {@code base .. base+models-1} on a thread pool and collects the
 * discrepancies. Settings come from system properties: {@code atelier.oracle.seed} (base seed),
 * {@code atelier.oracle.models}, {@code atelier.oracle.steps} (steps per model) and {@code
 * atelier.oracle.threads}. To reproduce one model: {@code -Datelier.oracle.seed=S
 * -Datelier.oracle.models=1}.
 */
final class OracleSuite {

  /** The default base seed, fixed so CI runs are reproducible. */
  static final long DEFAULT_SEED = 20261122L;

  /**
   * Models of the default test run unless {@code atelier.oracle.models} says otherwise (about 12 ms
   * of CPU each); the slow profile runs the seeds after them up to {@link #CI_MODELS}.
   */
  static final int DEFAULT_MODELS = 2_000;

  /** Models with 6 steps that CI checks in all, default and slow profile together. */
  static final int CI_MODELS = 10_000;

  /** Stop collecting after this many failing models. */
  private static final int MAX_FAILURES = 200;

  private static final int REPORTED_IN_FULL = 3;

  private final long base;
  private final int models;
  private final int steps;
  private final int threads;
  private final Map<Long, String> failures = new ConcurrentSkipListMap<>();
  private final AtomicInteger unsat = new AtomicInteger();
  private final AtomicInteger compiledUnsat = new AtomicInteger();
  private final AtomicInteger totalSteps = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicLong cpuMillis = new AtomicLong();

  /**
   * A suite of {@code defaultModels} models unless configured, seeds shifted by {@code seedOffset},
   * {@code defaultSteps} decisions per model unless configured.
   */
  OracleSuite(long seedOffset, int defaultModels, int defaultSteps) {
    this.base = Long.getLong("atelier.oracle.seed", DEFAULT_SEED) + seedOffset;
    this.models = Integer.getInteger("atelier.oracle.models", defaultModels);
    this.steps = Integer.getInteger("atelier.oracle.steps", defaultSteps);
    this.threads =
        Integer.getInteger("atelier.oracle.threads", Runtime.getRuntime().availableProcessors());
  }

  /** Runs every model; returns a report of the failures, empty when the engine agreed. */
  String run() throws InterruptedException, ExecutionException {
    System.out.println(
        "oracle suite: base seed "
            + base
            + ", "
            + models
            + " models, "
            + steps
            + " steps each, "
            + threads
            + " threads (reproduce one model with -Datelier.oracle.seed=SEED"
            + " -Datelier.oracle.models=1)");
    Coverage.reset();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        futures.add(pool.submit(() -> runShare(first)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(
        "oracle suite: "
            + done.get()
            + " models in "
            + millis
            + " ms (worker CPU "
            + cpuMillis.get()
            + " ms), "
            + totalSteps.get()
            + " steps, "
            + unsat.get()
            + " unsatisfiable ("
            + compiledUnsat.get()
            + " refused by compile), "
            + failures.size()
            + " failing\n  checks made: "
            + Coverage.snapshot());
    return failures.isEmpty() ? "" : report();
  }

  private void runShare(int first) {
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    for (int i = first; i < models && failures.size() < MAX_FAILURES; i += threads) {
      long seed = base + i;
      try {
        ModelRun.Outcome o = new ModelRun(seed).run(steps);
        if (!o.satisfiable()) {
          unsat.incrementAndGet();
        }
        if (o.compiledUnsat()) {
          compiledUnsat.incrementAndGet();
        }
        totalSteps.addAndGet(o.steps());
      } catch (AssertionError e) {
        failures.put(seed, e.getMessage());
      }
      done.incrementAndGet();
    }
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
    cpuMillis.addAndGet(cpu / 1_000_000);
  }

  private String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(failures.size())
        .append(" of ")
        .append(done.get())
        .append(" models disagree with the oracle")
        .append(failures.size() >= MAX_FAILURES ? " (stopped early)" : "")
        .append(". Seeds and first lines:\n");
    failures.forEach(
        (seed, msg) -> sb.append("  ").append(msg.lines().findFirst().orElse("")).append('\n'));
    sb.append("\nFirst failures in full:\n");
    failures.values().stream()
        .limit(REPORTED_IN_FULL)
        .forEach(msg -> sb.append(msg).append("\n\n"));
    return sb.toString();
  }
}
