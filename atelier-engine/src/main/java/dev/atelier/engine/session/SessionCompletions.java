package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.List;

/**
 * The complete designs a session's questions ask for: optimal completions of its decisions and
 * ranked proposals. Completions that stand for a customer's design never decide a customer fact.
 * Not thread-safe; one per session (it shares the session's solver).
 */
final class SessionCompletions {
  private final CompiledModel model;
  private final SatSolver solver;
  private final DecisionResolver resolver;

  SessionCompletions(CompiledModel model, SatSolver solver, DecisionResolver resolver) {
    this.model = model;
    this.solver = solver;
    this.resolver = resolver;
  }

  /** An optimal completion of {@code decisions}; MISSING_FACTS while a customer fact is open. */
  Result<Completion> complete(List<Decision> decisions, Objective objective, Deadline deadline) {
    Failure missing = missingFactsFailure(decisions);
    if (missing != null) {
      return Result.failed(missing);
    }
    return new Optimizer(model, solver)
        .complete(
            resolver.literals(CustomerFacts.absentFactsUnset(model.model(), decisions)),
            objective,
            deadline);
  }

  /** The optimum over every configuration extending {@code decisions}, facts included. */
  Result<Completion> optimumOverAllFacts(
      List<Decision> decisions, Objective objective, Deadline deadline) {
    return new Optimizer(model, solver).complete(resolver.literals(decisions), objective, deadline);
  }

  /** An optimal completion of {@code decisions} with {@code d} in place of its attribute's. */
  Result<Completion> completeWith(
      List<Decision> decisions, Decision d, Objective objective, Deadline deadline) {
    List<Decision> next = DecisionHistory.replacing(decisions, d);
    return new Optimizer(model, solver).complete(resolver.literals(next), objective, deadline);
  }

  /** Ranked distinct designs extending {@code decisions}; MISSING_FACTS while a fact is open. */
  Result<List<Completion>> propose(List<Decision> decisions, Proposal proposal, Deadline deadline) {
    Failure missing = missingFactsFailure(decisions);
    if (missing != null) {
      return Result.failed(missing);
    }
    return new Proposer(model)
        .propose(
            resolver.literals(CustomerFacts.absentFactsUnset(model.model(), decisions)),
            proposal,
            deadline);
  }

  private Failure missingFactsFailure(List<Decision> decisions) {
    List<String> missing = CustomerFacts.missing(model.model(), decisions);
    return missing.isEmpty()
        ? null
        : new Failure(
            Failure.Kind.MISSING_FACTS,
            "the customer has not given " + String.join(", ", missing) + " yet",
            missing);
  }
}
