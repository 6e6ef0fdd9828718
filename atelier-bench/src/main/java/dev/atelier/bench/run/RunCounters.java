package dev.atelier.bench.run;

import dev.atelier.engine.result.Failure;

/**
 * Counts of the notable events of a run. Mutable; not thread-safe.
 *
 * <p>{@code refusedReplays}: replayed values that were not offered (skipped); {@code
 * unknownReplays}: replayed values the model does not have (skipped); {@code timeouts}: engine
 * calls that passed their deadline (the session ends); {@code failures}: other engine failures (the
 * session ends), the first one kept in {@code firstFailure}.
 */
public final class RunCounters {
  int refusedReplays;
  int unknownReplays;
  int timeouts;
  int failures;
  String firstFailure = "";

  /** Replayed values that were not offered. */
  public int refusedReplays() {
    return refusedReplays;
  }

  /** Replayed values unknown to the model. */
  public int unknownReplays() {
    return unknownReplays;
  }

  /** Engine calls that passed their deadline. */
  public int timeouts() {
    return timeouts;
  }

  /** Other engine failures. */
  public int failures() {
    return failures;
  }

  /** The first other failure, or empty. */
  public String firstFailure() {
    return firstFailure;
  }

  void failed(Failure failure) {
    if (failure.kind() == Failure.Kind.TIMED_OUT) {
      timeouts++;
      return;
    }
    if (failures++ == 0) {
      firstFailure = failure.kind() + ": " + failure.message();
    }
  }
}
