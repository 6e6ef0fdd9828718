package dev.atelier.server.recommend;

import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recommends the next value of an attribute from past orders, among the values the engine still
 * offers: a nearest-neighbour vote over the distinct past configurations, each weighted by its
 * popularity and by how far it is from the design's decisions ({@link RecommenderSettings}). It
 * only ever proposes an offered value (or "unset" when leaving the attribute unset is offered).
 * Attributes it was not taught are answered with their first offered value and confidence 0.
 * Immutable and thread-safe.
 */
public final class Recommender {
  private final OrderTable orders;
  private final double[] popularity;

  /** {@code decay[k]}: the weight factor of a past configuration {@code k} decisions away. */
  private final double[] decay;

  private Recommender(OrderTable orders, RecommenderSettings settings) {
    this.orders = orders;
    this.popularity = new double[orders.size()];
    for (int r = 0; r < orders.size(); r++) {
      popularity[r] = Math.pow(orders.count(r), settings.popularityExponent());
    }
    this.decay = new double[orders.attributes().size() + 1];
    for (int k = 0; k < decay.length; k++) {
      decay[k] = Math.exp(-settings.neighbourDecay() * k);
    }
  }

  /**
   * Learns from past {@code orders}, each a configuration of (some of) {@code attributes}; an
   * attribute a configuration does not give is taken as unset.
   */
  public static Recommender learn(
      List<String> attributes, List<Configuration> orders, RecommenderSettings settings) {
    return new Recommender(new OrderTable(attributes, orders), settings);
  }

  /** The attributes learned, in the order given. */
  public List<String> attributes() {
    return orders.attributes();
  }

  /** The number of past orders learned from. */
  public long orderCount() {
    return orders.orders();
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
    double[] votes = vote(column, offered, domains);
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

  /** The weight of past orders voting for each of {@code offered} in {@code column}. */
  private double[] vote(int column, List<String> offered, ValidDomains domains) {
    int[] offeredCodes = new int[offered.size()];
    for (int k = 0; k < offered.size(); k++) {
      offeredCodes[k] = orders.code(column, offered.get(k));
    }
    int[] distance = NeighbourDistance.of(orders, domains);
    int nearest = Integer.MAX_VALUE;
    for (int r = 0; r < orders.size(); r++) {
      if (indexOf(offeredCodes, orders.value(r, column)) >= 0) {
        nearest = Math.min(nearest, distance[r]);
      }
    }
    double[] votes = new double[offered.size()];
    for (int r = 0; r < orders.size(); r++) {
      int k = indexOf(offeredCodes, orders.value(r, column));
      if (k >= 0) {
        // Relative to the nearest voter, so that far designs do not underflow to zero weight.
        votes[k] += popularity[r] * decay[distance[r] - nearest];
      }
    }
    return votes;
  }

  private static int indexOf(int[] codes, int code) {
    for (int k = 0; k < codes.length; k++) {
      if (codes[k] == code && code != OrderTable.UNSEEN) {
        return k;
      }
    }
    return -1;
  }
}
