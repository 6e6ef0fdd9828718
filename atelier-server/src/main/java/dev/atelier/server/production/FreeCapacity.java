package dev.atelier.server.production;

import java.time.LocalDate;
import java.util.Map;

/**
 * The minutes still free at a work centre on a day: its calendar's capacity minus the load already
 * booked. Implementations say whether they are thread-safe.
 */
@FunctionalInterface
public interface FreeCapacity {

  /** Free minutes of {@code workCentre} on {@code day}; 0 or less means none. */
  long freeMinutes(String workCentre, LocalDate day);

  /**
   * Free capacity from calendars and a booked-load function; work centres without a calendar have
   * none. Thread-safe when {@code booked} is.
   */
  static FreeCapacity of(Map<String, WorkCentreCalendar> calendars, BookedLoad booked) {
    Map<String, WorkCentreCalendar> copy = Map.copyOf(calendars);
    return (wc, day) -> {
      WorkCentreCalendar calendar = copy.get(wc);
      return calendar == null ? 0 : calendar.capacity(day) - booked.minutes(wc, day);
    };
  }

  /** The minutes booked at a work centre on a day. */
  @FunctionalInterface
  interface BookedLoad {
    /** Minutes booked at {@code workCentre} on {@code day}. */
    long minutes(String workCentre, LocalDate day);
  }
}
