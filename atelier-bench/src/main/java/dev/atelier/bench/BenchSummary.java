package dev.atelier.bench;

import dev.atelier.bench.baseline.BaselineRun;
import dev.atelier.bench.report.LatencyStats;
import dev.atelier.bench.run.BenchClock;
import dev.atelier.bench.run.SessionRun;
import java.util.Locale;

/** The human-readable summary of a {@link BenchReport}. Stateless and thread-safe. */
final class BenchSummary {

  private BenchSummary() {}

  /** Several lines describing {@code r}. */
  static String of(BenchReport r) {
    StringBuilder b = new StringBuilder();
    SessionRun ours = r.ours();
    line(
        b,
        "model %s: %d attributes, %d CNF variables, %d clauses",
        r.model().name(),
        r.model().attributes(),
        r.model().cnfVariables(),
        r.model().cnfClauses());
    line(
        b,
        "load %.1f ms, compile %.1f ms (total %.1f ms); live heap after compile %.0f MiB",
        r.loadMillis(),
        r.compileMillis(),
        r.loadMillis() + r.compileMillis(),
        r.environment().liveHeapAfterCompileMb());
    line(
        b,
        "%s: %d timed sessions, %d decisions (warm-up: %d untimed session(s) first)",
        r.config().isReplay() ? "replay " + r.config().replay().orElseThrow() : "random sessions",
        ours.traces().size(),
        ours.decisions(),
        r.config().warmupSessions());
    if (!r.config().isReplay()) {
      line(
          b,
          "seed %d, at most %d decisions per session",
          r.config().seed(),
          r.config().maxDecisions());
    }
    stats(b, "valid domains after a decision", ours.validDomains());
    stats(b, "valid domains, no decision yet ", ours.initial());
    stats(b, "decide                         ", ours.decide());
    line(
        b,
        "refused replays %d, unknown replays %d, timeouts %d, other failures %d%s",
        ours.refusedReplays(),
        ours.unknownReplays(),
        ours.timeouts(),
        ours.failures(),
        ours.firstFailure().isEmpty() ? "" : " (first: " + ours.firstFailure() + ")");
    line(
        b,
        "peak heap %.0f MiB (of max %.0f MiB), %d GCs taking %d ms",
        ours.heap().peakMb(),
        r.environment().maxHeapMb(),
        ours.heap().gcCount(),
        ours.heap().gcMillis());
    if (r.baseline().isPresent()) {
      BaselineRun base = r.baseline().get();
      stats(b, "baseline (LogicNG backbone)    ", base.latency());
      line(
          b,
          "ratio baseline/ours: p50 %.1fx, p99 %.1fx; mismatches %d of %d%s",
          r.ratioP50().orElse(Double.NaN),
          r.ratioP99().orElse(Double.NaN),
          base.mismatches(),
          base.compared(),
          base.firstMismatch().isEmpty() ? "" : " (first: " + base.firstMismatch() + ")");
      line(
          b,
          "baseline setup %.0f ms, peak heap %.0f MiB",
          base.setupMillis(),
          base.heap().peakMb());
    } else {
      line(b, "no baseline (use --baseline)");
    }
    BenchReport.Extras x = r.extras();
    if (x.countMs().isPresent()) {
      String c = x.count().orElse("");
      String digits = c.chars().allMatch(Character::isDigit) ? " (" + c.length() + " digits)" : "";
      line(b, "count %s%s in %.1f ms", c, digits, x.countMs().get());
    }
    line(
        b,
        "decision-DNNF %s, compiled in the background in %.1f ms",
        x.knowledgeNodes() >= 0 ? x.knowledgeNodes() + " nodes" : "not within budget (SAT used)",
        x.knowledgeMs());
    if (x.explainComplete().isPresent()) {
      var t = x.explainComplete().get();
      stats(b, "explain (a refused value)      ", t.explain());
      stats(b, "complete(cheapest)             ", t.complete());
      line(b, "explain/complete failures %d", t.failures());
    }
    if (BenchClock.isCpuTime()) {
      line(b, "latencies are CPU time of the benchmark thread (--cpu-time)");
    }
    line(
        b,
        "load average %.2f at start, %.2f at end; %d processors; Java %s",
        r.environment().loadAverageStart(),
        r.environment().loadAverageEnd(),
        r.environment().processors(),
        r.environment().javaVersion());
    return b.toString();
  }

  private static void stats(StringBuilder b, String what, LatencyStats s) {
    line(
        b,
        "%s: p50 %.3f  p90 %.3f  p99 %.3f  max %.3f  mean %.3f ms (n=%d)",
        what,
        s.p50Ms(),
        s.p90Ms(),
        s.p99Ms(),
        s.maxMs(),
        s.meanMs(),
        s.count());
  }

  private static void line(StringBuilder b, String format, Object... args) {
    b.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
