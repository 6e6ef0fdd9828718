package dev.atelier.server.production;

import dev.atelier.engine.model.LocalizedText;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Require;
import java.math.BigDecimal;

/**
 * One operation of a production order before scheduling: routed work of whole minutes at a work
 * centre. Immutable and thread-safe.
 *
 * @param sequence position in the routing, from 1
 * @param id the routing operation id
 * @param label what the shop floor reads
 * @param workCentre the work centre id
 * @param minutes set-up plus run time for the order quantity, rounded up to whole minutes
 * @param setupMinutes the exact set-up time, or null when not known
 * @param runMinutes the exact run time of the whole quantity, or null when not known
 */
public record PlannedOperation(
    int sequence,
    String id,
    LocalizedText label,
    String workCentre,
    long minutes,
    @Nullable BigDecimal setupMinutes,
    @Nullable BigDecimal runMinutes) {

  /** An operation of {@code minutes} whose set-up and run split is not known. */
  public PlannedOperation(
      int sequence, String id, LocalizedText label, String workCentre, long minutes) {
    this(sequence, id, label, workCentre, minutes, null, null);
  }

  public PlannedOperation {
    Require.nonNull("id label workCentre", id, label, workCentre);
    if (minutes < 0) {
      throw new IllegalArgumentException("minutes must not be negative, got " + minutes);
    }
  }
}
