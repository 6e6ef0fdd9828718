package dev.atelier.bench;

import dev.atelier.bench.baseline.BaselineRun;
import dev.atelier.bench.report.JsonObject;
import dev.atelier.bench.report.LatencyStats;
import dev.atelier.bench.run.BenchClock;
import dev.atelier.bench.run.BenchConfig;
import dev.atelier.bench.run.ExplainCompletePhase;
import dev.atelier.bench.run.LoadedModel;
import dev.atelier.bench.run.SessionRun;
import dev.atelier.bench.run.SessionTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything one run measured. Immutable and thread-safe.
 *
 * @param model the model, with load and compile times
 * @param config what the run did
 * @param ours the engine's timed sessions
 * @param baseline the baseline's answers to the same decisions, when asked for
 * @param extras the count, the decision-DNNF, explain and complete
 * @param environment machine and JVM facts, load average before and after
 */
public record BenchReport(
    LoadedModel model,
    BenchConfig config,
    SessionRun ours,
    Optional<BaselineRun> baseline,
    Extras extras,
    Environment environment) {

  /**
   * What else the run measured.
   *
   * @param countMs how long the exact count took (asked for with --count)
   * @param count the count, or "failed"
   * @param knowledgeMs how long the background decision-DNNF compilation took
   * @param knowledgeNodes its size, or -1 when it did not fit its budget (sessions use SAT)
   * @param explainComplete explain and complete(cheapest) latencies (--explain-complete)
   */
  public record Extras(
      Optional<Double> countMs,
      Optional<String> count,
      double knowledgeMs,
      int knowledgeNodes,
      Optional<ExplainCompletePhase.Timings> explainComplete) {}

  /**
   * Where the run ran.
   *
   * @param processors available processors
   * @param javaVersion the JVM's version
   * @param maxHeapMb the JVM's maximum heap in MiB
   * @param liveHeapAfterCompileMb heap in use after compiling and a requested collection, in MiB
   * @param loadAverageStart the system load average (1 minute) when the run started
   * @param loadAverageEnd the system load average (1 minute) when the run ended
   */
  public record Environment(
      int processors,
      String javaVersion,
      double maxHeapMb,
      double liveHeapAfterCompileMb,
      double loadAverageStart,
      double loadAverageEnd) {}

  /** Model read time in milliseconds. */
  public double loadMillis() {
    return model.loadNanos() / 1e6;
  }

  /** Compile time in milliseconds. */
  public double compileMillis() {
    return model.compileNanos() / 1e6;
  }

  /** Baseline p50 / our p50, or empty without a baseline. */
  public Optional<Double> ratioP50() {
    return baseline.map(b -> ratio(b.latency().p50Ms(), ours.validDomains().p50Ms()));
  }

  /** Baseline p99 / our p99, or empty without a baseline. */
  public Optional<Double> ratioP99() {
    return baseline.map(b -> ratio(b.latency().p99Ms(), ours.validDomains().p99Ms()));
  }

  /** The report as JSON: the fields the issue asks for first, then the rest. */
  public String toJson() {
    LatencyStats l = ours.validDomains();
    Optional<LatencyStats> b = baseline.map(BaselineRun::latency);
    Optional<ExplainCompletePhase.Timings> ec = extras.explainComplete();
    JsonObject json = new JsonObject();
    json.put("load_ms", loadMillis())
        .put("p50_ms", l.p50Ms())
        .put("p90_ms", l.p90Ms())
        .put("p99_ms", l.p99Ms())
        .put("max_ms", l.maxMs())
        .put("baseline_p50_ms", b.map(LatencyStats::p50Ms).orElse(null))
        .put("baseline_p99_ms", b.map(LatencyStats::p99Ms).orElse(null))
        .put("ratio_p50", ratioP50().orElse(null))
        .put("ratio_p99", ratioP99().orElse(null))
        .put("mismatches", baseline.map(BaselineRun::mismatches).orElse(null))
        .put("decisions", ours.decisions());
    json.put("model", model.name())
        .put("attributes", model.attributes())
        .put("cnf_variables", model.cnfVariables())
        .put("cnf_clauses", model.cnfClauses())
        .put("compile_ms", compileMillis())
        .put("load_compile_ms", loadMillis() + compileMillis())
        .put("mode", config.isReplay() ? "replay" : "random")
        .put("replay", config.replay().map(Object::toString).orElse(null))
        .put("seed", config.seed())
        .put("sessions", ours.traces().size())
        .put("warmup_sessions", config.warmupSessions())
        .put("max_decisions", config.maxDecisions())
        .put("timeout_ms", config.timeoutMillis())
        .put("mean_ms", l.meanMs())
        .put("initial_p50_ms", ours.initial().p50Ms())
        .put("initial_max_ms", ours.initial().maxMs())
        .put("decide_p50_ms", ours.decide().p50Ms())
        .put("decide_p99_ms", ours.decide().p99Ms())
        .put("refused_replays", ours.refusedReplays())
        .put("unknown_replays", ours.unknownReplays())
        .put("timeouts", ours.timeouts())
        .put("failures", ours.failures())
        .put("peak_heap_mb", ours.heap().peakMb())
        .put("gc_count", ours.heap().gcCount())
        .put("gc_ms", ours.heap().gcMillis())
        .put("live_heap_after_compile_mb", environment.liveHeapAfterCompileMb())
        .put("max_heap_mb", environment.maxHeapMb());
    json.put("baseline_p90_ms", b.map(LatencyStats::p90Ms).orElse(null))
        .put("baseline_max_ms", b.map(LatencyStats::maxMs).orElse(null))
        .put("baseline_compared", baseline.map(BaselineRun::compared).orElse(null))
        .put("baseline_setup_ms", baseline.map(BaselineRun::setupMillis).orElse(null))
        .put("baseline_peak_heap_mb", baseline.map(r -> r.heap().peakMb()).orElse(null))
        .put("first_mismatch", baseline.map(BaselineRun::firstMismatch).orElse(null))
        .put("count_ms", extras.countMs().orElse(null))
        .put("count", extras.count().orElse(null))
        .put("knowledge_ms", extras.knowledgeMs())
        .put("knowledge_nodes", extras.knowledgeNodes())
        .put("explain_p50_ms", ec.map(t -> t.explain().p50Ms()).orElse(null))
        .put("explain_p99_ms", ec.map(t -> t.explain().p99Ms()).orElse(null))
        .put("explain_max_ms", ec.map(t -> t.explain().maxMs()).orElse(null))
        .put("explain_calls", ec.map(t -> t.explain().count()).orElse(null))
        .put("complete_p50_ms", ec.map(t -> t.complete().p50Ms()).orElse(null))
        .put("complete_p99_ms", ec.map(t -> t.complete().p99Ms()).orElse(null))
        .put("complete_max_ms", ec.map(t -> t.complete().maxMs()).orElse(null))
        .put("complete_calls", ec.map(t -> t.complete().count()).orElse(null))
        .put("explain_complete_failures", ec.map(t -> t.failures()).orElse(null))
        .put("clock", BenchClock.isCpuTime() ? "thread_cpu" : "wall")
        .put("processors", environment.processors())
        .put("java_version", environment.javaVersion())
        .put("load_average_start", environment.loadAverageStart())
        .put("load_average_end", environment.loadAverageEnd())
        .putRows("decision_latencies", decisionLatencies());
    return json.toString();
  }

  /**
   * Every timed decision's valid-domain latency as {@code [session, step, ms]} in run order
   * (sessions and steps from 0; a computation that passed its deadline is its session's last step).
   */
  List<double[]> decisionLatencies() {
    List<double[]> rows = new ArrayList<>();
    List<SessionTrace> traces = ours.traces();
    for (int s = 0; s < traces.size(); s++) {
      SessionTrace t = traces.get(s);
      for (int k = 0; k < t.size(); k++) {
        rows.add(new double[] {s, k, t.domainNanos(k) / 1e6});
      }
      List<Long> timedOut = t.timedOutNanos();
      for (int k = 0; k < timedOut.size(); k++) {
        rows.add(new double[] {s, t.size() + k, timedOut.get(k) / 1e6});
      }
    }
    return rows;
  }

  private static double ratio(double baseline, double ours) {
    return ours > 0 ? baseline / ours : Double.NaN;
  }
}
