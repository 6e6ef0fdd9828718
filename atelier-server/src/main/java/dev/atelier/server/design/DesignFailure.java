package dev.atelier.server.design;

import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.Decision;
import dev.atelier.server.http.Nullable;
import java.util.Objects;

/**
 * Why the engine gave no answer on a design, and where the fault lies in the design's terms.
 * Immutable and thread-safe.
 *
 * @param failure the engine's failure
 * @param at where the fault lies
 * @param index the position of the decision at fault when {@code at} is {@link Place#DECISION}
 * @param about the decision concerned, or null
 * @param explanation why {@code about} is refused and how to get it, or null
 */
record DesignFailure(
    Failure failure,
    Place at,
    int index,
    @Nullable Decision about,
    @Nullable DesignJson.Explanation explanation) {

  /** Where the fault lies. */
  enum Place {
    /** The design's decisions as a whole (e.g. the deadline passed while resuming them). */
    DECISIONS,
    /** One decision of the design does not fit the ones before it ({@code index}). */
    DECISION,
    /** The design as a whole (its domains, its completion). */
    DESIGN,
    /** The request's own input beside the design (the decided value, the answers). */
    REQUEST
  }

  DesignFailure {
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(at, "at");
  }

  /** {@code failure} at {@code at}. */
  static DesignFailure of(Failure failure, Place at) {
    return new DesignFailure(failure, at, -1, null, null);
  }

  /** The value of {@code result}, or its failure at {@code at}. */
  static <T> DesignResult<T> of(Result<T> result, Place at) {
    return result.isOk()
        ? DesignResult.ok(result.orThrow())
        : DesignResult.failed(of(result.failureOrNull(), at));
  }
}
