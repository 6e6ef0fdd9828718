package dev.atelier.server.production;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Free capacity that counts only what is left of today's shift: a quote or booking placed at 15:00
 * cannot use the morning's minutes. A work centre's day is one shift of its capacity, starting at
 * {@link #SHIFT_START} (earlier when the capacity would run past midnight). On {@code today} the
 * minutes of the shift already gone are taken from the free ones: the load booked for today is work
 * still to do in the rest of the shift (not knowing what of it is done, the promise errs late,
 * never early). Later days keep their whole capacity. Not thread-safe: one per scheduling run.
 */
final class RemainingShift implements FreeCapacity {

  /** When a work centre's daily shift starts, in the factory's time zone (the planner's clock). */
  static final LocalTime SHIFT_START = LocalTime.of(7, 0);

  private final FreeCapacity free;
  private final LocalDate today;
  private final Map<String, Long> gone;

  private RemainingShift(FreeCapacity free, LocalDate today, Map<String, Long> gone) {
    this.free = free;
    this.today = today;
    this.gone = gone;
  }

  /**
   * {@code free} less, today, the minutes of {@code workCentres}' shifts gone by {@code now}, their
   * capacities read from the load rows on {@code h}.
   */
  static FreeCapacity of(
      Handle h, List<String> workCentres, FreeCapacity free, LocalDate today, LocalTime now) {
    Map<String, Long> gone = new HashMap<>();
    if (!workCentres.isEmpty()) {
      h.createQuery(
              "SELECT work_centre, capacity_minutes FROM work_centre_load"
                  + " WHERE work_day = :d AND work_centre IN (<wc>)")
          .bind("d", today)
          .bindList("wc", workCentres)
          .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
          .forEach(e -> gone.put(e.getKey(), e.getValue() - left(e.getValue(), now)));
    }
    return new RemainingShift(free, today, gone);
  }

  /** The minutes left at {@code now} of a day's shift of {@code capacity} minutes. */
  static long left(long capacity, LocalTime now) {
    long day = 24L * 60;
    long start = Math.min(SHIFT_START.toSecondOfDay() / 60L, day - capacity);
    long minute = now.toSecondOfDay() / 60L;
    return Math.max(0, Math.min(capacity, start + capacity - Math.max(minute, start)));
  }

  @Override
  public long freeMinutes(String workCentre, LocalDate day) {
    long minutes = free.freeMinutes(workCentre, day);
    return day.equals(today) ? minutes - gone.getOrDefault(workCentre, 0L) : minutes;
  }
}
