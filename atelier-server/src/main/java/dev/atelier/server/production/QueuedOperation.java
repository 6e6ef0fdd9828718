package dev.atelier.server.production;

import dev.atelier.server.http.Nullable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * An operation as staff and customers see it: where it stands in its production order and on the
 * calendar. Immutable and thread-safe.
 *
 * @param id the operation id
 * @param productionOrderId its production order
 * @param orderId the customer order
 * @param sequence its place in the routing, from 1
 * @param operation the routing operation id
 * @param label what staff read, by language
 * @param workCentre where it runs
 * @param minutes booked minutes: set-up plus run, rounded up to whole minutes
 * @param setupMinutes the exact set-up time, or null when not known (booked before it was kept)
 * @param runMinutes the exact run time of the whole quantity, or null when not known
 * @param firstDay the day it is planned to start (ISO date)
 * @param lastDay the day it is planned to end (ISO date)
 * @param status {@code queued}, {@code started} or {@code done}
 * @param ready whether every earlier operation of its production order is done
 * @param note the scrap or rework note staff left, or null
 */
public record QueuedOperation(
    String id,
    String productionOrderId,
    String orderId,
    int sequence,
    String operation,
    Map<String, String> label,
    String workCentre,
    long minutes,
    @Nullable BigDecimal setupMinutes,
    @Nullable BigDecimal runMinutes,
    String firstDay,
    String lastDay,
    String status,
    boolean ready,
    @Nullable String note) {

  public QueuedOperation {
    Objects.requireNonNull(id, "id");
    label = Map.copyOf(label);
  }
}
