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
 * The engine work of one request on one design: a session resumed from the design on first use
 * (sessions are cheap; the compiled model is shared) and the request's deadline. Not thread-safe:
 * one per request.
 */
final class EngineCall {

  private final ResolvedDesign design;
  private final Deadline deadline;
  private @Nullable DesignResult<ConfigurationSession> session;

  /** Work on {@code design} until {@code deadline}. */
  EngineCall(ResolvedDesign design, Deadline deadline) {
    this.design = design;
    this.deadline = deadline;
  }

  /** Work on {@code design} with {@code session}, already resumed to the design's decisions. */
  EngineCall(ResolvedDesign design, Deadline deadline, ConfigurationSession session) {
    this(design, deadline);
    this.session = DesignResult.ok(session);
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
    if (session == null) {
      session = resume(design, deadline);
    }
    return session;
  }

  private static DesignResult<ConfigurationSession> resume(
      ResolvedDesign design, Deadline deadline) {
    Result<ConfigurationSession> resumed =
        ConfigurationSession.resume(design.product().compiled(), design.decisions(), deadline);
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
