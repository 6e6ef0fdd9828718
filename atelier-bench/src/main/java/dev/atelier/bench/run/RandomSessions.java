package dev.atelier.bench.run;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random sessions: each step picks a free attribute uniformly at random (undecided, with at
 * least two options among its offered values and "unset" when that is possible) and one of its
 * options uniformly, decides it and recomputes the valid domains. A session ends when no attribute
 * is free (every attribute decided or forced) or after the maximum number of decisions. The same
 * seed gives the same sessions. Not thread-safe.
 */
public final class RandomSessions {
  private final CompiledModel compiled;
  private final DomainLayout layout;
  private final BenchConfig config;
  private final Random random;
  private final RunCounters counters;

  /**
   * Sessions on {@code compiled} drawing choices from {@code seed}, with the decisions per session
   * and each call's deadline from {@code config}.
   */
  public RandomSessions(
      CompiledModel compiled,
      DomainLayout layout,
      BenchConfig config,
      long seed,
      RunCounters counters) {
    this.random = new Random(seed);
    this.compiled = compiled;
    this.layout = layout;
    this.config = config;
    this.counters = counters;
  }

  /** Runs the next session. */
  public SessionTrace next() {
    TimedSession.Started started = TimedSession.start(compiled, layout, config.timeoutMillis());
    TimedSession session = started.session();
    Result<ValidDomains> domains = started.domains();
    for (int k = 0; k < config.maxDecisions() && domains.isOk(); k++) {
      List<Decision> options = freeOptions(domains.orThrow());
      if (options.isEmpty()) {
        break;
      }
      domains = session.decide(pick(options));
    }
    if (!domains.isOk()) {
      counters.failed(domains.failureOrNull());
    }
    return session.trace();
  }

  /**
   * Every option of one free attribute chosen at random: first the attribute, then (by the caller)
   * the value, so that attributes with many values are not favoured.
   */
  private List<Decision> freeOptions(ValidDomains domains) {
    List<AttributeDomain> free = new ArrayList<>();
    for (AttributeDomain d : domains.domains().values()) {
      int options = d.offered().size() + (d.unsetPossible() ? 1 : 0);
      if (d.decided().isEmpty() && options >= 2) {
        free.add(d);
      }
    }
    if (free.isEmpty()) {
      return List.of();
    }
    AttributeDomain chosen = free.get(random.nextInt(free.size()));
    List<Decision> options = new ArrayList<>();
    for (String v : chosen.offered()) {
      options.add(new Decision(chosen.attribute(), v));
    }
    if (chosen.unsetPossible()) {
      options.add(new Decision(chosen.attribute(), Decision.UNSET));
    }
    return options;
  }

  private Decision pick(List<Decision> options) {
    return options.get(random.nextInt(options.size()));
  }
}
