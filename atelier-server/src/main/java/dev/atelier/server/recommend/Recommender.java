package dev.atelier.server.recommend;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recommends the next value of an attribute from past orders and designs, among the values the
 * engine still offers: a nearest-neighbour vote over the distinct past configurations, each
 * weighted by its popularity and by how far it is from the design's decisions ({@link
 * NeighbourVote}). It only ever proposes an offered value (or "unset" when leaving the attribute
 * unset is offered). Attributes it was not taught are answered with their first offered value and
 * confidence 0. Immutable and thread-safe.
 */
public final class Recommender {
  private final OrderTable orders;
  private final NeighbourVote vote;
  private final long designs;

  private Recommender(OrderTable orders, long designs, RecommenderSettings settings) {
    this.orders = orders;
    this.designs = designs;
    this.vote = new NeighbourVote(orders, settings);
  }

  /**
   * Learns from past {@code orders}, each a configuration of (some of) {@code attributes}; an
   * attribute a configuration does not give is taken as unset.
   */
  public static Recommender learn(
      List<String> attributes, List<Configuration> orders, RecommenderSettings settings) {
    return learn(attributes, orders, List.of(), settings);
  }

  /**
   * Learns from past {@code orders} (each weighing {@link LearningWeights#ORDER}) and past {@code
   * designs} (weighing what each says).
   */
  public static Recommender learn(
      List<String> attributes,
      List<Configuration> orders,
      List<PastDesign> designs,
      RecommenderSettings settings) {
    List<PastDesign> all = new ArrayList<>(orders.size() + designs.size());
    for (Configuration order : orders) {
      all.add(new PastDesign(order.values(), true, LearningWeights.ORDER));
    }
    all.addAll(designs);
    return new Recommender(
        new OrderTable(attributes, all, orders.size()), designs.size(), settings);
  }

  /** The attributes learned, in the order given. */
  public List<String> attributes() {
    return orders.attributes();
  }

  /** The number of past orders learned from. */
  public long orderCount() {
    return orders.orders();
  }

  /** The number of past designs (not orders) learned from. */
  public long designCount() {
    return designs;
  }

  /**
   * The recommended value of {@code attribute} given the decisions and valid domains in {@code
   * domains}: its decided value if decided, else the offered value the past orders near the
   * decisions vote for. Empty only when nothing is offered, or the attribute is unknown to {@code
   * domains}.
   */
  public Optional<Recommendation> next(String attribute, ValidDomains domains) {
    AttributeDomain domain = domains.domains().get(attribute);
    if (domain == null) {
      return Optional.empty();
    }
    if (domain.decided().isPresent()) {
      return Optional.of(new Recommendation(attribute, domain.decided().get(), 1));
    }
    List<String> offered = new ArrayList<>(domain.offered());
    if (domain.unsetPossible()) {
      offered.add(Decision.UNSET);
    }
    int column = orders.columnOf(attribute);
    if (offered.size() <= 1 || column < 0) {
      return offered.isEmpty()
          ? Optional.empty()
          : Optional.of(new Recommendation(attribute, offered.get(0), offered.size() == 1 ? 1 : 0));
    }
    double[] votes = vote.votes(column, offered, decided(domains));
    int best = 0;
    double total = 0;
    for (int k = 0; k < votes.length; k++) {
      total += votes[k];
      if (votes[k] > votes[best]) {
        best = k;
      }
    }
    return Optional.of(
        new Recommendation(attribute, offered.get(best), total > 0 ? votes[best] / total : 0));
  }

  /**
   * The same value as {@link #next(String, ValidDomains)} on {@code session}'s valid domains, found
   * without computing them: the attribute's values are tried most voted first, each with one
   * satisfiability check ({@code decide}, then {@code undo}); only when no voted value is valid are
   * the valid domains computed. The confidence is the value's share of the votes over all the
   * attribute's values. Leaves the session's decisions as they were, but clears its redo history.
   * Fails for an unknown attribute, or when a check fails or times out.
   */
  public Result<Recommendation> next(
      ConfigurationSession session, String attribute, Deadline deadline) {
    Optional<Attribute> known = session.model().model().attribute(attribute);
    if (known.isEmpty()) {
      return Result.failed(
          Failure.Kind.UNKNOWN_ATTRIBUTE, "the model has no attribute '" + attribute + "'");
    }
    Map<String, String> decided = decided(session.decisions());
    if (decided.containsKey(attribute)) {
      return Result.ok(new Recommendation(attribute, decided.get(attribute), 1));
    }
    int column = orders.columnOf(attribute);
    if (column >= 0) {
      List<String> values = new ArrayList<>(known.get().valueIds());
      if (known.get().optional()) {
        values.add(Decision.UNSET);
      }
      double[] votes = vote.votes(column, values, decided);
      double total = Arrays.stream(votes).sum();
      for (int k : NeighbourVote.byVotes(votes)) {
        Result<Decision> tried = session.decide(attribute, values.get(k), deadline);
        if (tried.isOk()) {
          session.undo();
          return Result.ok(new Recommendation(attribute, values.get(k), votes[k] / total));
        }
        if (tried.failureOrNull().kind() != Failure.Kind.REFUSED) {
          return Result.failed(tried.failureOrNull());
        }
      }
    }
    Result<ValidDomains> domains = session.validDomains(deadline);
    if (!domains.isOk()) {
      return Result.failed(domains.failureOrNull());
    }
    return next(attribute, domains.orThrow())
        .<Result<Recommendation>>map(Result::ok)
        .orElseGet(
            () ->
                Result.failed(Failure.Kind.REFUSED, "no value of '" + attribute + "' is offered"));
  }

  /**
   * Completes the learned attributes of {@code session} column by column, in the order learned
   * (customer facts excepted: they are the customer's to give): each undecided one gets its
   * recommended value as a decision (the engine's {@code complete} can then fill the attributes not
   * learned). Returns the recommendations decided, in order; fails when a call fails or times out,
   * keeping the decisions made so far.
   */
  public Result<List<Recommendation>> complete(ConfigurationSession session, Deadline deadline) {
    List<Recommendation> decided = new ArrayList<>();
    for (String attribute : orders.attributes()) {
      if (session.model().variables().indexOf(attribute) < 0
          || session.model().model().isFact(attribute)
          || decided(session.decisions()).containsKey(attribute)) {
        continue;
      }
      Result<Recommendation> r = next(session, attribute, deadline);
      if (!r.isOk()) {
        return Result.failed(r.failureOrNull());
      }
      Result<Decision> d = session.decide(attribute, r.orThrow().value(), deadline);
      if (!d.isOk()) {
        return Result.failed(d.failureOrNull());
      }
      decided.add(r.orThrow());
    }
    return Result.ok(decided);
  }

  private static Map<String, String> decided(ValidDomains domains) {
    Map<String, String> decided = new HashMap<>();
    for (AttributeDomain d : domains.domains().values()) {
      d.decided().ifPresent(v -> decided.put(d.attribute(), v));
    }
    return decided;
  }

  private static Map<String, String> decided(List<Decision> decisions) {
    Map<String, String> decided = new HashMap<>();
    for (Decision d : decisions) {
      decided.put(d.attribute(), d.value());
    }
    return decided;
  }
}
