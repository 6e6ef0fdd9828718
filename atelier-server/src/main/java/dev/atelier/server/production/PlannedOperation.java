package dev.atelier.server.production;

import dev.atelier.engine.model.LocalizedText;
import java.util.Objects;

/**
 * One operation of a production order before scheduling: routed work of whole minutes at a work
 * centre. Immutable and thread-safe.
 *
 * @param sequence position in the routing, from 1
 * @param id the routing operation id
 * @param label what the shop floor reads
 * @param workCentre the work centre id
 * @param minutes set-up plus run time for the order quantity, rounded up to whole minutes
 */
public record PlannedOperation(
    int sequence, String id, LocalizedText label, String workCentre, long minutes) {

  public PlannedOperation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(workCentre, "workCentre");
    if (minutes < 0) {
      throw new IllegalArgumentException("minutes must not be negative, got " + minutes);
    }
  }
}
