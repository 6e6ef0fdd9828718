package dev.atelier.bench.run;

import dev.atelier.bench.report.LatencyStats;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.ValidDomains;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times {@code explain} and {@code complete(cheapest)} along the decisions of the timed sessions,
 * in fresh sessions of their own (so the valid-domain timings are not disturbed): after each
 * decision, explain one refused value (a seeded random pick among all refused values of undecided
 * attributes, when there is one) and complete the configuration at the lowest price. Not
 * thread-safe.
 */
public final class ExplainCompletePhase {
  private final CompiledModel compiled;
  private final BenchConfig config;
  private final Random random;

  /**
   * A phase on {@code compiled}, with the run's seed and each call's deadline from {@code config}.
   */
  public ExplainCompletePhase(CompiledModel compiled, BenchConfig config) {
    this.compiled = compiled;
    this.config = config;
    this.random = new Random(config.seed());
  }

  /**
   * What the phase measured.
   *
   * @param explain latency of explain, one per decision that left a refused value
   * @param complete latency of complete(cheapest), one per decision
   * @param failures calls that did not answer (timeouts included)
   */
  public record Timings(LatencyStats explain, LatencyStats complete, int failures) {}

  /** Replays {@code warmup} untimed (JIT), then {@code traces}, timing the calls. */
  public Timings run(List<SessionTrace> warmup, List<SessionTrace> traces) {
    replay(warmup);
    return replay(traces);
  }

  private Timings replay(List<SessionTrace> traces) {
    List<Long> explain = new ArrayList<>();
    List<Long> complete = new ArrayList<>();
    int failures = 0;
    for (SessionTrace trace : traces) {
      ConfigurationSession session = ConfigurationSession.start(compiled);
      for (Decision d : trace.decisions()) {
        if (!session.decide(d.attribute(), d.value(), deadline()).isOk()) {
          failures++;
          break;
        }
        Result<ValidDomains> domains = session.validDomains(deadline());
        if (!domains.isOk()) {
          failures++;
          break;
        }
        List<Decision> refused = GreyedValues.of(domains.orThrow());
        if (!refused.isEmpty()) {
          Decision pick = refused.get(random.nextInt(refused.size()));
          long start = BenchClock.now();
          boolean ok = session.explain(pick.attribute(), pick.value(), deadline()).isOk();
          explain.add(BenchClock.now() - start);
          failures += ok ? 0 : 1;
        }
        long start = BenchClock.now();
        boolean ok = session.complete(Objective.cheapest(), deadline()).isOk();
        complete.add(BenchClock.now() - start);
        failures += ok ? 0 : 1;
      }
    }
    return new Timings(stats(explain), stats(complete), failures);
  }

  private Deadline deadline() {
    return Deadline.inMillis(config.timeoutMillis());
  }

  private static LatencyStats stats(List<Long> nanos) {
    return LatencyStats.ofNanos(nanos.stream().mapToLong(Long::longValue).toArray());
  }
}
