package dev.atelier.server.production;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward finite-capacity scheduling at day granularity. Stateless and thread-safe.
 *
 * <p>Operations run in routing order. An operation may span days: it takes every free minute of its
 * work centre from its first day on until it is done, so a large order is never refused merely
 * because it exceeds one day's capacity. The next operation may start on the day the previous one
 * ends (capacity is planned per day, not per minute of the day), never earlier. Taking the earliest
 * free minutes is optimal: it ends every operation as early as possible and leaves the most room on
 * its last day, where the next operation may start (the test checks this against an exhaustive
 * search).
 */
public final class ForwardScheduler {

  private ForwardScheduler() {}

  /**
   * Schedules {@code operations} from {@code start}, looking at most {@code horizonDays} days ahead
   * (the start day included).
   */
  public static Schedule schedule(
      List<PlannedOperation> operations, LocalDate start, FreeCapacity free, int horizonDays) {
    if (horizonDays < 1) {
      throw new IllegalArgumentException("horizonDays must be positive, got " + horizonDays);
    }
    LocalDate horizonEnd = start.plusDays(horizonDays - 1L);
    Map<Slot, Long> taken = new HashMap<>();
    List<ScheduledOperation> scheduled = new ArrayList<>();
    LocalDate earliest = start;
    for (PlannedOperation op : operations) {
      List<Slot> slots = new ArrayList<>();
      long remaining = op.minutes();
      LocalDate day = earliest;
      while (remaining > 0) {
        if (day.isAfter(horizonEnd)) {
          return new Schedule.NoCapacity(op, horizonEnd);
        }
        Slot key = new Slot(op.workCentre(), day, 1);
        long available = free.freeMinutes(op.workCentre(), day) - taken.getOrDefault(key, 0L);
        if (available > 0) {
          long take = Math.min(available, remaining);
          slots.add(new Slot(op.workCentre(), day, take));
          taken.merge(key, take, Long::sum);
          remaining -= take;
        }
        if (remaining > 0) {
          day = day.plusDays(1);
        }
      }
      LocalDate first = slots.isEmpty() ? earliest : slots.get(0).day();
      scheduled.add(new ScheduledOperation(op, slots, first, day));
      earliest = day;
    }
    return new Schedule.Fits(scheduled, earliest);
  }
}
