package dev.atelier.server.production;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A work centre's daily capacity in minutes: a weekly pattern plus exceptions for single dates
 * (holidays at 0, extra shifts above the pattern). Immutable and thread-safe.
 *
 * @param weekly minutes per weekday; a missing weekday has no capacity
 * @param exceptions minutes on particular dates, overriding the weekly pattern
 */
public record WorkCentreCalendar(
    Map<DayOfWeek, Integer> weekly, Map<LocalDate, Integer> exceptions) {

  /** Most minutes a day can hold. */
  public static final int MINUTES_PER_DAY = 24 * 60;

  public WorkCentreCalendar {
    weekly = Collections.unmodifiableMap(new EnumMap<>(checked(weekly)));
    exceptions = Collections.unmodifiableMap(new TreeMap<>(checked(exceptions)));
  }

  /** {@code minutes} every Monday to Friday, nothing at weekends, no exceptions. */
  public static WorkCentreCalendar weekdays(int minutes) {
    Map<DayOfWeek, Integer> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
        weekly.put(d, minutes);
      }
    }
    return new WorkCentreCalendar(weekly, Map.of());
  }

  /** The capacity on {@code day} in minutes. */
  public int capacity(LocalDate day) {
    Integer exception = exceptions.get(day);
    return exception != null ? exception : weekly.getOrDefault(day.getDayOfWeek(), 0);
  }

  /** This calendar with {@code minutes} on {@code day} instead of the pattern. */
  public WorkCentreCalendar withException(LocalDate day, int minutes) {
    Map<LocalDate, Integer> next = new TreeMap<>(exceptions);
    next.put(day, minutes);
    return new WorkCentreCalendar(weekly, next);
  }

  private static <K> Map<K, Integer> checked(Map<K, Integer> minutes) {
    Objects.requireNonNull(minutes, "minutes");
    minutes.forEach(
        (k, m) -> {
          if (m == null || m < 0 || m > MINUTES_PER_DAY) {
            throw new IllegalArgumentException(
                "daily capacity must be 0 to "
                    + MINUTES_PER_DAY
                    + " minutes, got "
                    + m
                    + " on "
                    + k);
          }
        });
    return minutes;
  }
}
