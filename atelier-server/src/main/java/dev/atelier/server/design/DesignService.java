package dev.atelier.server.design;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.Proposal;
import dev.atelier.server.design.DesignFailure.Place;
import dev.atelier.server.design.DesignJson.Completion;
import dev.atelier.server.design.DesignJson.Domains;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The design operations on checked designs. Stateless towards clients (every answer depends only on
 * the request), so any node answers the same; engine answers are cached per design. Every request
 * resumes one engine session at most (two when its own decisions do not fit together, to explain
 * that) and runs under a deadline. Failures are answered in the design's terms ({@link
 * DesignResult}); the routes name the request fields. Thread-safe.
 */
public final class DesignService {

  private final Duration engineBudget;
  private final DomainViews views;
  private final DesignListener listener;
  private final SessionPool pool;

  /**
   * A service giving each request {@code engineBudget}, of which at most {@code reasonsBudget} for
   * refusal reasons, caching up to {@code cacheSize} designs.
   */
  public DesignService(Duration engineBudget, Duration reasonsBudget, int cacheSize) {
    this(engineBudget, reasonsBudget, cacheSize, DesignListener.NONE);
  }

  /** As above, telling {@code listener} the decisions, refusals, repairs and completions. */
  public DesignService(
      Duration engineBudget, Duration reasonsBudget, int cacheSize, DesignListener listener) {
    this(engineBudget, reasonsBudget, cacheSize, listener, PoolSettings.OFF);
  }

  /** As above, keeping warm engine sessions between requests as {@code pool} says. */
  public DesignService(
      Duration engineBudget,
      Duration reasonsBudget,
      int cacheSize,
      DesignListener listener,
      PoolSettings pool) {
    this.engineBudget = engineBudget;
    this.views = new DomainViews(reasonsBudget, cacheSize);
    this.listener = listener;
    this.pool = new SessionPool(pool);
  }

  /**
   * {@code work} on an engine call for {@code design}; its session goes back to the pool only when
   * the work returns (an exception may have left it half-changed: it is dropped with the call).
   */
  private <T> DesignResult<T> withCall(
      ResolvedDesign design, Function<EngineCall, DesignResult<T>> work) {
    EngineCall call = new EngineCall(design, Deadline.in(engineBudget), pool);
    DesignResult<T> result = work.apply(call);
    call.giveBack();
    return result;
  }

  /** What the warm session pool did so far. */
  SessionPool.Figures poolFigures() {
    return pool.figures();
  }

  /** Drops the warm sessions of {@code product}: a version of it was published. */
  public void published(String product) {
    pool.evict(product);
  }

  /** The valid domains of {@code design}, with reasons for refused values. */
  DesignResult<Domains> domains(ResolvedDesign design) {
    return withCall(design, views::domains);
  }

  /**
   * Decides {@code attribute = value} in one pass: resumes the design without a decision on {@code
   * attribute} once, decides on that session and answers the new design's domains; when refused,
   * explains with the same session (REFUSED at the request with the explanation).
   */
  DesignResult<Domains> decide(ResolvedDesign design, Decision decision, DesignOrigin who) {
    return withCall(
        design.without(decision.attribute()), others -> decide(others, design, decision, who));
  }

  private DesignResult<Domains> decide(
      EngineCall others, ResolvedDesign design, Decision decision, DesignOrigin who) {
    Deadline deadline = others.deadline();
    return others
        .session()
        .then(
            s -> {
              Result<Decision> decided = s.decide(decision.attribute(), decision.value(), deadline);
              if (decided.isOk()) {
                return views
                    .domains(new EngineCall(design.with(decision), deadline, s))
                    .map(
                        domains -> {
                          listener.decided(who, design, decision);
                          return domains;
                        });
              }
              Failure refused = decided.failureOrNull();
              if (refused.kind() != Failure.Kind.REFUSED) {
                return DesignResult.failed(DesignFailure.of(refused, Place.DECISIONS));
              }
              return Explanations.explained(
                      design, s, decision.attribute(), decision.value(), deadline)
                  .then(
                      why -> {
                        listener.refused(who, design, why);
                        return DesignResult.failed(
                            new DesignFailure(refused, Place.REQUEST, -1, decision, why));
                      });
            });
  }

  /** The design without its decision on {@code attribute}: its domains. */
  DesignResult<Domains> retract(ResolvedDesign design, String attribute) {
    return domains(design.without(attribute));
  }

  /**
   * Why {@code attribute = value} is refused in {@code design} (regardless of the design's own
   * decision on {@code attribute}) and a repair that reaches it.
   */
  DesignResult<DesignJson.Explanation> explain(
      ResolvedDesign design, String attribute, String value, DesignOrigin who) {
    return withCall(
        design.without(attribute),
        call ->
            call.session()
                .then(s -> Explanations.explained(design, s, attribute, value, call.deadline()))
                .map(
                    why -> {
                      if (!why.offered()) {
                        listener.refused(who, design, why);
                      }
                      return why;
                    }));
  }

  /** Applies checked repair steps: the repaired design's domains, or 409 when it no longer fits. */
  DesignResult<Domains> repair(ResolvedDesign design, List<Decision> steps, DesignOrigin who) {
    ResolvedDesign next = design;
    for (Decision step : steps) {
      next = next.with(step);
    }
    return domains(next)
        .map(
            domains -> {
              if (!steps.isEmpty()) {
                listener.repaired(who, design, steps.get(0));
              }
              return domains;
            });
  }

  /** An optimal completion of {@code design}. */
  DesignResult<Completion> complete(
      ResolvedDesign design, Objective objective, String name, DesignOrigin who) {
    return extend(
        design,
        (s, avoid, deadline) -> s.complete(objective.avoiding(avoid), deadline),
        Place.DESIGN,
        c -> {
          listener.completed(who, design);
          return DesignPrices.completion(design, name, c);
        });
  }

  /** Ranked designs for a needs dialogue's answers, extending {@code design}. */
  DesignResult<List<Completion>> propose(ResolvedDesign design, Proposal proposal) {
    return extend(
        design,
        (s, avoid, deadline) -> s.propose(proposal.avoiding(avoid), deadline),
        Place.REQUEST,
        list -> list.stream().map(c -> DesignPrices.completion(design, "proposal", c)).toList());
  }

  /** An engine search extending a design, avoiding what its product avoids by default. */
  private interface Extension<T> {
    Result<T> run(ConfigurationSession session, List<Expr> avoid, Deadline deadline);
  }

  /** {@code search} on {@code design}'s session, its failure placed at {@code place}. */
  private <T, R> DesignResult<R> extend(
      ResolvedDesign design, Extension<T> search, Place place, Function<T, R> answer) {
    List<Expr> avoid = design.product().definition().avoidByDefault();
    return withCall(
        design,
        call ->
            call.session()
                .then(s -> DesignFailure.of(search.run(s, avoid, call.deadline()), place))
                .map(answer));
  }
}
