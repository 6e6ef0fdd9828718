package dev.atelier.server.recommend;

/**
 * What a {@link RecommendationEvaluation} measured on one fold. Immutable and thread-safe.
 *
 * @param fold the fold predicted
 * @param trainingLines sales lines learned from (every other fold)
 * @param testLines sales lines of the fold
 * @param columns columns per sales line
 * @param queries predictions made: test lines times columns
 * @param wrong predictions that differ from the value the customer bought
 * @param refused sold values the engine did not offer at their turn (decided nothing instead)
 * @param learnMillis time to learn from the training lines
 * @param totalMillis wall-clock time of the predictions: sessions, decisions, valid domains, votes
 * @param cpuMillis CPU time of the same on the evaluating thread (NaN where the JVM cannot tell);
 *     less sensitive to other load on the machine than {@code totalMillis}
 */
public record EvaluationReport(
    int fold,
    int trainingLines,
    int testLines,
    int columns,
    long queries,
    long wrong,
    long refused,
    double learnMillis,
    double totalMillis,
    double cpuMillis) {

  /** The share of predictions that differ from what the customer bought. */
  public double wrongRate() {
    return queries == 0 ? 0 : (double) wrong / queries;
  }

  /** Mean time per prediction, in milliseconds. */
  public double msPerQuery() {
    return queries == 0 ? 0 : totalMillis / queries;
  }

  /** Mean CPU time per prediction, in milliseconds. */
  public double cpuMsPerQuery() {
    return queries == 0 ? 0 : cpuMillis / queries;
  }
}
