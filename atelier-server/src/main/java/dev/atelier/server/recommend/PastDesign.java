package dev.atelier.server.recommend;

import java.util.Map;

/**
 * One past design a {@link Recommender} learns from, with how much it counts ({@link
 * LearningWeights}). Immutable and thread-safe.
 *
 * @param values attribute id to value id ({@link dev.atelier.engine.session.Decision#UNSET} for an
 *     attribute deliberately left unset)
 * @param complete whether an attribute absent from {@code values} was unset (an order: a whole
 *     configuration) or simply not decided (a design in progress: it says nothing about it)
 * @param weight how much it counts; an order counts {@link LearningWeights#ORDER}
 */
public record PastDesign(Map<String, String> values, boolean complete, double weight) {

  public PastDesign {
    values = Map.copyOf(values);
    if (!(weight > 0 && weight < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("a weight is positive and finite: " + weight);
    }
  }
}
