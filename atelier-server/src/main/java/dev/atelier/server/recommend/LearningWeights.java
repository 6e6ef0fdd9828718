package dev.atelier.server.recommend;

/**
 * How much each kind of past design counts for a {@link Recommender}, relative to an order (which
 * counts {@link #ORDER} = 1). A distinct past configuration votes with its summed weight raised to
 * the popularity exponent ({@link RecommenderSettings}), so two identical designs weighing 0.5
 * count as much as one order. Every weight is below an order's: orders stay the strongest signal.
 * Immutable and thread-safe.
 *
 * <p>Design sessions are read from the design events: a session's design is its last decision (or
 * accepted repair) per attribute; refusals, shown and rejected repairs are not decisions and teach
 * nothing (refused values are not offered anyway). Sessions with an order event are left out (the
 * order itself counts).
 *
 * @param completed a design session that reached a completion (its last outcome)
 * @param saved a saved design (its decisions)
 * @param inProgress a design session with decisions but neither completed nor abandoned (yet)
 * @param abandoned a design session the customer left unfinished (its last outcome)
 * @param undone a decision replaced later in the same session by another value of the attribute,
 *     counted as a design deciding only that attribute
 */
public record LearningWeights(
    double completed, double saved, double inProgress, double abandoned, double undone) {

  /** The weight of one order. */
  public static final double ORDER = 1.0;

  public LearningWeights {
    for (double w : new double[] {completed, saved, inProgress, abandoned, undone}) {
      if (!(w > 0 && w < ORDER)) {
        throw new IllegalArgumentException(
            "a design weighs more than 0 and less than an order (" + ORDER + "): " + w);
      }
    }
  }

  /**
   * Completed and saved designs half an order, designs in progress a quarter, abandoned designs a
   * tenth, undone decisions a twentieth. Chosen by judgement, not fitted: the Renault sales have no
   * design events to fit them on.
   */
  public static LearningWeights defaults() {
    return new LearningWeights(0.5, 0.5, 0.25, 0.1, 0.05);
  }
}
