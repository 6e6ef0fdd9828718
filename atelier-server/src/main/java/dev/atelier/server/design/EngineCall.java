package dev.atelier.server.design;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Explanation;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import java.util.List;

/**
 * The engine work of one request on one design: a session resumed from the design on first use
 * (sessions are cheap; the compiled model is shared) and the request's deadline. Not thread-safe:
 * one per request.
 */
final class EngineCall {

  private final ResolvedDesign design;
  private final Deadline deadline;
  private final String field;
  private Outcome<ConfigurationSession> session;

  /** Work on {@code design} (request field {@code field}) until {@code deadline}. */
  EngineCall(ResolvedDesign design, Deadline deadline, String field) {
    this.design = design;
    this.deadline = deadline;
    this.field = field;
  }

  ResolvedDesign design() {
    return design;
  }

  Deadline deadline() {
    return deadline;
  }

  /**
   * The session, or the problem: 409 when the decisions do not fit together (with an explanation of
   * the last one against the others), 503 when the deadline passes.
   */
  Outcome<ConfigurationSession> session() {
    if (session == null) {
      session = resume(design, deadline, field);
    }
    return session;
  }

  private static Outcome<ConfigurationSession> resume(
      ResolvedDesign design, Deadline deadline, String field) {
    Result<ConfigurationSession> resumed =
        ConfigurationSession.resume(design.product().compiled(), design.decisions(), deadline);
    if (resumed.isOk()) {
      return Outcome.ok(resumed.orThrow());
    }
    Failure failure = resumed.failureOrNull();
    if (failure.kind() != Failure.Kind.REFUSED || design.decisions().isEmpty()) {
      return Outcome.rejected(EngineProblems.of(failure, DesignResolver.sub(field, "decisions")));
    }
    List<Decision> decisions = design.decisions();
    Decision last = decisions.get(decisions.size() - 1);
    Problem problem =
        Problem.of(
                409,
                "inconsistent-design",
                "The decisions do not fit together",
                last + " is not possible with the other decisions",
                DesignResolver.sub(field, "decisions[" + (decisions.size() - 1) + "]"))
            .about(last.attribute(), last.value());
    Result<ConfigurationSession> others =
        ConfigurationSession.resume(
            design.product().compiled(), decisions.subList(0, decisions.size() - 1), deadline);
    if (others.isOk()) {
      Result<Explanation> why = others.orThrow().explain(last.attribute(), last.value(), deadline);
      if (why.isOk()) {
        problem = problem.explainedBy(Reasons.json(design, why.orThrow(), false));
      }
    }
    return Outcome.rejected(problem);
  }
}
