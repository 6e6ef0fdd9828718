package dev.atelier.bench.run;

import dev.atelier.bench.report.HeapUsage;
import dev.atelier.bench.report.LatencyStats;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's phase of a run: the timed sessions and their statistics. Immutable and thread-safe
 * once built (the traces are not modified after the phase).
 *
 * @param traces the timed sessions
 * @param validDomains latency of the valid domains after each decision (including computations that
 *     passed their deadline)
 * @param decide latency of the decide calls
 * @param initial latency of each session's first valid domains (no decision yet)
 * @param refusedReplays replayed values that were not offered
 * @param unknownReplays replayed values the model does not know
 * @param timeouts engine calls that passed their deadline
 * @param failures other engine failures
 * @param firstFailure the first other failure, or empty
 * @param heap heap use during the phase
 */
public record SessionRun(
    List<SessionTrace> traces,
    LatencyStats validDomains,
    LatencyStats decide,
    LatencyStats initial,
    int refusedReplays,
    int unknownReplays,
    int timeouts,
    int failures,
    String firstFailure,
    HeapUsage heap) {

  public SessionRun {
    traces = List.copyOf(traces);
  }

  /** Summarises {@code traces}. */
  static SessionRun of(List<SessionTrace> traces, RunCounters counters, HeapUsage heap) {
    List<Long> domains = new ArrayList<>();
    List<Long> decides = new ArrayList<>();
    List<Long> initials = new ArrayList<>();
    for (SessionTrace t : traces) {
      for (int k = 0; k < t.size(); k++) {
        domains.add(t.domainNanos(k));
        decides.add(t.decideNanos(k));
      }
      domains.addAll(t.timedOutNanos());
      if (t.initialNanos() >= 0) {
        initials.add(t.initialNanos());
      }
    }
    return new SessionRun(
        traces,
        LatencyStats.ofNanos(toArray(domains)),
        LatencyStats.ofNanos(toArray(decides)),
        LatencyStats.ofNanos(toArray(initials)),
        counters.refusedReplays(),
        counters.unknownReplays(),
        counters.timeouts(),
        counters.failures(),
        counters.firstFailure(),
        heap);
  }

  /** Number of decisions timed (those that passed their deadline included). */
  public int decisions() {
    return validDomains.count();
  }

  private static long[] toArray(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }
}
