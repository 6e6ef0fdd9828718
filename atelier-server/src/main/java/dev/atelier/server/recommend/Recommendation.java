package dev.atelier.server.recommend;

import java.util.Objects;

/**
 * The value a {@link Recommender} proposes for one attribute; always a value the engine still
 * offers. Immutable and thread-safe.
 *
 * @param attribute attribute id
 * @param value an offered value id, or {@link dev.atelier.engine.session.Decision#UNSET}
 * @param confidence the proposed value's share of the past orders' weight over all offered values,
 *     from 0 (no past order supports any offered value) to 1 (only one value is offered or
 *     supported)
 */
public record Recommendation(String attribute, String value, double confidence) {

  public Recommendation {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(value, "value");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
    }
  }
}
