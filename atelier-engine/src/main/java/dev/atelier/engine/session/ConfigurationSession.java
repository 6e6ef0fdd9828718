package dev.atelier.engine.session;

import dev.atelier.engine.answer.Validation;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * One customer's configuration session: decisions with undo/redo, and the questions asked about
 * them. A decision is accepted only when it keeps the configuration completable, so the customer
 * never reaches a dead end. Every call takes a {@link Deadline} and returns a {@link Result}. Not
 * thread-safe: use one session per customer (sessions are cheap; the compiled model is shared).
 */
public final class ConfigurationSession {
  private final CompiledModel model;
  private final DecisionResolver resolver;
  private final SatSolver solver;
  private final DomainComputer domains;
  private final Explainer explainer;
  private final SessionCompletions completions;
  private final SessionDecisions decisions;

  private ConfigurationSession(CompiledModel model) {
    this.model = model;
    this.resolver = new DecisionResolver(model.variables());
    this.solver = new SatSolver(model.cnf(), false);
    this.domains = new DomainComputer(model, solver);
    this.explainer = new Explainer(model, resolver, solver);
    this.completions = new SessionCompletions(model, solver, resolver);
    this.decisions = new SessionDecisions(model, resolver, solver);
  }

  /** A new session with no decisions. */
  public static ConfigurationSession start(CompiledModel model) {
    return new ConfigurationSession(model);
  }

  /**
   * A session resuming {@code saved} decisions (a saved design). Fails with the first unknown
   * attribute or value, or REFUSED when the decisions no longer fit together.
   */
  public static Result<ConfigurationSession> resume(
      CompiledModel model, List<Decision> saved, Deadline deadline) {
    ConfigurationSession session = new ConfigurationSession(model);
    return session.decisions.restore(saved, deadline).map(d -> session);
  }

  /**
   * Takes {@code saved} decisions in place of this session's, as {@link #resume} would on a new
   * session (the undo history is cleared), keeping what the session's solvers learned: a warm
   * session answers the same, usually sooner. Fails like {@link #resume}; a failure changes
   * nothing.
   */
  public Result<List<Decision>> restore(List<Decision> saved, Deadline deadline) {
    return decisions.restore(saved, deadline);
  }

  /** The compiled model. */
  public CompiledModel model() {
    return model;
  }

  /** The decisions in the order made. */
  public List<Decision> decisions() {
    return decisions.current();
  }

  /**
   * Decides {@code attribute = value} ({@link Decision#UNSET} leaves an optional attribute unset),
   * replacing an earlier decision on the attribute. REFUSED when the new set of decisions has no
   * valid completion (for an undecided attribute: exactly when the value is not offered); a refused
   * decision changes nothing, not even the undo history.
   */
  public Result<Decision> decide(String attribute, String value, Deadline deadline) {
    Result<Decision> resolved = resolver.resolve(attribute, value);
    if (!resolved.isOk()) {
      return resolved;
    }
    return decisions.decide(resolved.orThrow(), deadline);
  }

  /** Withdraws the decision on {@code attribute}; NOT_APPLICABLE when there is none. */
  public Result<Decision> retract(String attribute) {
    return decisions.retract(attribute);
  }

  /** Undoes the last decide/retract/repair. */
  public Result<List<Decision>> undo() {
    return decisions.undo();
  }

  /** Redoes the last undone step. */
  public Result<List<Decision>> redo() {
    return decisions.redo();
  }

  /** The valid domain of every attribute: exactly the values that extend to a valid product. */
  public Result<ValidDomains> validDomains(Deadline deadline) {
    List<Decision> current = decisions.current();
    int[] lits = resolver.literals(current);
    Result<ValidDomains> computed = domains.compute(current, lits, deadline);
    if (computed.isOk()) {
      decisions.offered(lits, computed.orThrow());
    }
    return computed;
  }

  /** Why {@code value} of {@code attribute} is refused, and a repair that reaches it. */
  public Result<Explanation> explain(String attribute, String value, Deadline deadline) {
    Result<Decision> resolved = resolver.resolve(attribute, value);
    if (!resolved.isOk()) {
      return Result.failed(resolved.failureOrNull());
    }
    return explainer.explain(decisions.current(), resolved.orThrow(), deadline);
  }

  /**
   * Like {@link #explain(String, String, Deadline)}, and the repair gives each retracted decision
   * the value of an optimal completion under {@code repairObjective} (for "cheapest": the cheapest
   * repair that retracts this minimal set of decisions).
   */
  public Result<Explanation> explain(
      String attribute, String value, Objective repairObjective, Deadline deadline) {
    Result<Decision> resolved = resolver.resolve(attribute, value);
    if (!resolved.isOk()) {
      return Result.failed(resolved.failureOrNull());
    }
    return explainer.explain(decisions.current(), resolved.orThrow(), repairObjective, deadline);
  }

  /** Applies a repair (each step sets its attribute to the new value) as one undoable step. */
  public Result<List<Decision>> applyRepair(List<RepairStep> repair, Deadline deadline) {
    return decisions.applyRepair(repair, deadline);
  }

  /**
   * An optimal complete configuration extending the decisions. MISSING_FACTS (naming them) while a
   * customer fact is undecided: completion never decides a fact.
   */
  public Result<Completion> complete(Objective objective, Deadline deadline) {
    return completions.complete(decisions.current(), objective, deadline);
  }

  /**
   * The optimum over every configuration extending the decisions, the missing customer facts
   * included: for figures such as a catalogue's "from" price only. Its fact values are nobody's
   * measurements; never show it as a design (use {@link #complete} for that).
   */
  public Result<Completion> optimumOverAllFacts(Objective objective, Deadline deadline) {
    return completions.optimumOverAllFacts(decisions.current(), objective, deadline);
  }

  /**
   * An optimal completion of the decisions with {@code attribute = value} in place of any decision
   * on {@code attribute} (the session's decisions stay as they are): what choosing the value would
   * lead to. REFUSED when no complete configuration has it with the other decisions.
   */
  public Result<Completion> completeWith(
      String attribute, String value, Objective objective, Deadline deadline) {
    Result<Decision> resolved = resolver.resolve(attribute, value);
    if (!resolved.isOk()) {
      return Result.failed(resolved.failureOrNull());
    }
    return completions.completeWith(decisions.current(), resolved.orThrow(), objective, deadline);
  }

  /**
   * Up to {@code proposal.count()} distinct complete designs extending the decisions, ranked: least
   * missed preference weight, then lowest price; each satisfies the requirements and the budget.
   * Fewer when fewer exist; REFUSED when none does; MISSING_FACTS while a customer fact is
   * undecided (proposals never decide a fact).
   */
  public Result<List<Completion>> propose(Proposal proposal, Deadline deadline) {
    return completions.propose(decisions.current(), proposal, deadline);
  }

  /** Whether {@code configuration} is complete and valid (independent of the decisions). */
  public Validation validate(Configuration configuration) {
    return model.validate(configuration);
  }

  /** The exact number of complete configurations extending the decisions. */
  public Result<BigInteger> count(Deadline deadline) {
    return model.count(resolver.literals(decisions.current()), deadline);
  }

  /**
   * For each value of {@code attribute} (and {@link Decision#UNSET} when it is optional): the
   * number of complete configurations extending the decisions with it. One count per value.
   */
  public Result<Map<String, BigInteger>> countPerValue(String attribute, Deadline deadline) {
    return ValueCounts.perValue(model, resolver, decisions.current(), attribute, deadline);
  }

  /** The customer facts without a decision, in model order. */
  public List<String> missingFacts() {
    return CustomerFacts.missing(model.model(), decisions.current());
  }

  /**
   * The decisions with each undecided yes/no choice (not a fact) set to "no", in model order, as
   * far as "no" still fits: a box the customer did not tick means no. A "no" the rules refuse
   * leaves that choice undecided. The session itself is unchanged.
   */
  public Result<List<Decision>> withUntickedAsNo(Deadline deadline) {
    return CustomerFacts.untickedAsNo(model, solver, resolver, decisions.current(), deadline);
  }
}
