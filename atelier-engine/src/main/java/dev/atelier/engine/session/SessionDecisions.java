package dev.atelier.engine.session;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link ConfigurationSession}'s decisions and their undo history: every change is accepted only
 * when the decisions stay completable (a refused change leaves decisions and history as they were),
 * except a new decision on a value the last valid domains offered for the same decisions, which
 * needs no check. Not thread-safe.
 */
final class SessionDecisions {
  // -Datelier.decide=check: check every decision as before LastDomains (old-vs-new runs).
  private static final boolean TRUST_OFFERED =
      !"check".equals(System.getProperty("atelier.decide"));

  private final CompiledModel model;
  private final DecisionResolver resolver;
  private final SatSolver solver;
  private DecisionHistory history = new DecisionHistory();
  // Null until valid domains are computed; a later decision makes them stale (their lits differ).
  private LastDomains last;

  SessionDecisions(CompiledModel model, DecisionResolver resolver, SatSolver solver) {
    this.model = model;
    this.resolver = resolver;
    this.solver = solver;
  }

  /** The decisions in the order made. */
  List<Decision> current() {
    return history.current();
  }

  /** Remembers the valid domains computed for the decisions {@code lits}. */
  void offered(int[] lits, ValidDomains domains) {
    if (TRUST_OFFERED) {
      last = new LastDomains(lits, domains);
    }
  }

  /** Takes {@code d} in place of any decision on its attribute. */
  Result<Decision> decide(Decision d, Deadline deadline) {
    List<Decision> decisions = history.current();
    List<Decision> next = DecisionHistory.replacing(decisions, d);
    boolean undecided = next.size() == decisions.size() + 1;
    if (undecided && last != null && last.offers(resolver.literals(decisions), d)) {
      history.push(next);
      return Result.ok(d);
    }
    return commit(next, deadline).map(x -> d);
  }

  /** Withdraws the decision on {@code attribute}; NOT_APPLICABLE when there is none. */
  Result<Decision> retract(String attribute) {
    for (Decision d : history.current()) {
      if (d.attribute().equals(attribute)) {
        history.push(DecisionHistory.without(history.current(), attribute));
        return Result.ok(d);
      }
    }
    if (model.variables().indexOf(attribute) < 0) {
      return Result.failed(
          Failure.Kind.UNKNOWN_ATTRIBUTE, "the model has no attribute '" + attribute + "'");
    }
    return Result.failed(
        Failure.Kind.NOT_APPLICABLE, "attribute '" + attribute + "' has no decision to retract");
  }

  Result<List<Decision>> undo() {
    return history.undo();
  }

  Result<List<Decision>> redo() {
    return history.redo();
  }

  /** Applies {@code repair} as one undoable step. */
  Result<List<Decision>> applyRepair(List<RepairStep> repair, Deadline deadline) {
    return commitAll(
        history.current(), repair, s -> resolver.resolve(s.attribute(), s.newValue()), deadline);
  }

  /** Takes {@code saved} in place of the decisions, with a new undo history. */
  Result<List<Decision>> restore(List<Decision> saved, Deadline deadline) {
    DecisionHistory before = history;
    history = new DecisionHistory();
    Result<List<Decision>> applied = replace(saved, deadline);
    if (!applied.isOk()) {
      history = before;
    }
    return applied;
  }

  private Result<List<Decision>> replace(List<Decision> saved, Deadline deadline) {
    return commitAll(List.of(), saved, d -> resolver.resolve(d.attribute(), d.value()), deadline);
  }

  /** {@code start} with each of {@code changes} (resolved) in place, committed as one step. */
  private <T> Result<List<Decision>> commitAll(
      List<Decision> start,
      List<T> changes,
      Function<T, Result<Decision>> resolve,
      Deadline deadline) {
    List<Decision> next = start;
    for (T change : changes) {
      Result<Decision> resolved = resolve.apply(change);
      if (!resolved.isOk()) {
        return Result.failed(resolved.failureOrNull());
      }
      next = DecisionHistory.replacing(next, resolved.orThrow());
    }
    return commit(next, deadline);
  }

  private Result<List<Decision>> commit(List<Decision> next, Deadline deadline) {
    return DecisionCheck.completable(model, solver, resolver, next, deadline)
        .map(
            accepted -> {
              history.push(accepted);
              return history.current();
            });
  }
}
