package dev.atelier.bench.run;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;

/**
 * A configuration session whose valid-domain computations are timed into a {@link SessionTrace}:
 * the one before any decision, and the one after each decision. Not thread-safe.
 */
final class TimedSession {
  private final ConfigurationSession session;
  private final DomainLayout layout;
  private final long timeoutMillis;
  private final SessionTrace trace = new SessionTrace();

  private TimedSession(CompiledModel compiled, DomainLayout layout, long timeoutMillis) {
    this.session = ConfigurationSession.start(compiled);
    this.layout = layout;
    this.timeoutMillis = timeoutMillis;
  }

  /** Starts a session and computes (and times) its valid domains before any decision. */
  static Started start(CompiledModel compiled, DomainLayout layout, long timeoutMillis) {
    TimedSession s = new TimedSession(compiled, layout, timeoutMillis);
    long start = BenchClock.now();
    Result<ValidDomains> domains = s.session.validDomains(Deadline.inMillis(timeoutMillis));
    s.trace.initial(BenchClock.now() - start);
    return new Started(s, domains);
  }

  /**
   * Decides {@code decision}, then computes the valid domains. A failure (the decision refused, a
   * deadline passed) ends the session; a passed deadline of the valid domains is still timed.
   */
  Result<ValidDomains> decide(Decision decision) {
    long start = BenchClock.now();
    Result<Decision> decided =
        session.decide(decision.attribute(), decision.value(), Deadline.inMillis(timeoutMillis));
    long decideTime = BenchClock.now() - start;
    if (!decided.isOk()) {
      return Result.failed(decided.failureOrNull());
    }
    start = BenchClock.now();
    Result<ValidDomains> domains = session.validDomains(Deadline.inMillis(timeoutMillis));
    long domainTime = BenchClock.now() - start;
    if (domains.isOk()) {
      trace.step(decided.orThrow(), decideTime, domainTime, layout.fingerprint(domains.orThrow()));
    } else if (domains.failureOrNull().kind() == Failure.Kind.TIMED_OUT) {
      trace.timedOut(domainTime);
    }
    return domains;
  }

  /** What the session did so far. */
  SessionTrace trace() {
    return trace;
  }

  /**
   * A started session and its first valid domains.
   *
   * @param session the session
   * @param domains the valid domains before any decision, or why there are none
   */
  record Started(TimedSession session, Result<ValidDomains> domains) {}
}
