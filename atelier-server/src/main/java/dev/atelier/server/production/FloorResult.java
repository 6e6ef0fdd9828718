package dev.atelier.server.production;

import dev.atelier.server.http.Nullable;
import java.util.Objects;

/** The outcome of a staff action on an operation or production order. Immutable and thread-safe. */
public sealed interface FloorResult
    permits FloorResult.Changed, FloorResult.NotFound, FloorResult.Conflict {

  /**
   * The action took effect.
   *
   * @param operation the operation after it (null for actions on a whole production order)
   * @param status the production order's status after it
   */
  record Changed(@Nullable QueuedOperation operation, String status) implements FloorResult {}

  /** No such operation or production order. */
  record NotFound() implements FloorResult {}

  /**
   * The action does not fit the current state (already started, an earlier operation not done,
   * ...).
   *
   * @param reason what staff read
   */
  record Conflict(String reason) implements FloorResult {
    public Conflict {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
