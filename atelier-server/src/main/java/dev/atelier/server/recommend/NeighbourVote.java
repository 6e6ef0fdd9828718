package dev.atelier.server.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The nearest-neighbour vote of a {@link Recommender}: each distinct past configuration votes for
 * its value, weighted by its popularity (how often it was ordered; designs count less, {@link
 * LearningWeights}) and by how far it is from the design's decisions ({@link RecommenderSettings}).
 * Immutable and thread-safe.
 */
final class NeighbourVote {
  private final OrderTable orders;
  private final double[] popularity;

  /** {@code decay[k]}: the weight factor of a past configuration {@code k} decisions away. */
  private final double[] decay;

  NeighbourVote(OrderTable orders, RecommenderSettings settings) {
    this.orders = orders;
    this.popularity = new double[orders.size()];
    for (int r = 0; r < orders.size(); r++) {
      popularity[r] = Math.pow(orders.weight(r), settings.popularityExponent());
    }
    this.decay = new double[orders.attributes().size() + 1];
    for (int k = 0; k < decay.length; k++) {
      decay[k] = Math.exp(-settings.neighbourDecay() * k);
    }
  }

  /** The indices of the values with votes, most voted first, ties in value order. */
  static List<Integer> byVotes(double[] votes) {
    List<Integer> voted = new ArrayList<>();
    for (int k = 0; k < votes.length; k++) {
      if (votes[k] > 0) {
        voted.add(k);
      }
    }
    voted.sort(Comparator.comparingDouble((Integer k) -> -votes[k]).thenComparing(k -> k));
    return voted;
  }

  /**
   * The weight of past orders voting for each of {@code candidates} in {@code column}: each
   * distinct past configuration weighs its popularity times {@code exp(-decay * (d - nearest))},
   * {@code d} its distance to the decisions and {@code nearest} the smallest distance of all (so
   * that far designs do not underflow, and the votes do not depend on the candidates).
   */
  double[] votes(int column, List<String> candidates, Map<String, String> decided) {
    int[] candidateCodes = new int[candidates.size()];
    for (int k = 0; k < candidates.size(); k++) {
      candidateCodes[k] = orders.code(column, candidates.get(k));
    }
    int[] distance = NeighbourDistance.of(orders, decided);
    int nearest = Arrays.stream(distance).min().orElse(0);
    double[] votes = new double[candidates.size()];
    for (int r = 0; r < orders.size(); r++) {
      int k = indexOf(candidateCodes, orders.value(r, column));
      if (k >= 0) {
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
