package dev.atelier.server.design;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Explanation;
import dev.atelier.server.http.Nullable;
import java.util.List;

/**
 * The engine work of one request on one design: a session taken from the pool at the design on
 * first use (warm when one is idle, else resumed; the compiled model is shared) and the request's
 * deadline; {@link #giveBack} gives the session back once the work is done. Not thread-safe: one
 * per request.
 */
final class EngineCall {

  private final ResolvedDesign design;
  private final Deadline deadline;
  private final @Nullable SessionPool pool;
  private @Nullable DesignResult<ConfigurationSession> session;

  /** Work on {@code design} until {@code deadline} with a session resumed anew. */
  EngineCall(ResolvedDesign design, Deadline deadline) {
    this.design = design;
    this.deadline = deadline;
    this.pool = null;
  }

  /** Work on {@code design} until {@code deadline}, with a session from {@code pool}. */
  EngineCall(ResolvedDesign design, Deadline deadline, SessionPool pool) {
    this.design = design;
    this.deadline = deadline;
    this.pool = pool;
  }

  /**
   * Work on {@code design} with {@code session}, already at the design's decisions and owned by the
   * caller (closing this call does not give it back).
   */
  EngineCall(ResolvedDesign design, Deadline deadline, ConfigurationSession session) {
    this.design = design;
    this.deadline = deadline;
    this.pool = null;
    this.session = DesignResult.ok(session);
  }

  /**
   * Gives the session taken from the pool back (the design's product version), to be called only
   * when the work on it returned: a session whose work threw may be half-changed and is dropped.
   * One whose deadline passed is dropped too: an engine call cut short is not worth trusting to the
   * next request.
   */
  void giveBack() {
    if (pool != null
        && !deadline.expired()
        && session instanceof DesignResult.Ok<ConfigurationSession> ok) {
      pool.give(design, ok.value());
    }
    session = null;
  }

  ResolvedDesign design() {
    return design;
  }

  Deadline deadline() {
    return deadline;
  }

  /**
   * The session, or the failure: REFUSED at the last decision when the decisions do not fit
   * together (with an explanation of it against the others), TIMED_OUT when the deadline passes.
   */
  DesignResult<ConfigurationSession> session() {
    DesignResult<ConfigurationSession> s = session;
    if (s == null) {
      s = resume(design, deadline, pool);
      session = s;
    }
    return s;
  }

  private static DesignResult<ConfigurationSession> resume(
      ResolvedDesign design, Deadline deadline, @Nullable SessionPool pool) {
    Result<ConfigurationSession> resumed =
        pool == null
            ? ConfigurationSession.resume(design.product().compiled(), design.decisions(), deadline)
            : pool.take(design, deadline);
    if (resumed.isOk()) {
      return DesignResult.ok(resumed.orThrow());
    }
    Failure failure = resumed.failureOrNull();
    if (failure.kind() != Failure.Kind.REFUSED || design.decisions().isEmpty()) {
      return DesignResult.failed(DesignFailure.of(failure, DesignFailure.Place.DECISIONS));
    }
    List<Decision> decisions = design.decisions();
    int last = decisions.size() - 1;
    Decision at = decisions.get(last);
    DesignJson.Explanation explanation = null;
    Result<ConfigurationSession> others =
        ConfigurationSession.resume(
            design.product().compiled(), decisions.subList(0, last), deadline);
    if (others.isOk()) {
      Result<Explanation> why = others.orThrow().explain(at.attribute(), at.value(), deadline);
      if (why.isOk()) {
        explanation = Reasons.json(design, why.orThrow(), false);
      }
    }
    return DesignResult.failed(
        new DesignFailure(failure, DesignFailure.Place.DECISION, last, at, explanation));
  }
}
