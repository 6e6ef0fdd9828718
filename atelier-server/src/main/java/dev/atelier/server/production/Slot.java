package dev.atelier.server.production;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Minutes of one operation booked at a work centre on one day. Immutable and thread-safe.
 *
 * @param workCentre the work centre id
 * @param day the day
 * @param minutes the minutes booked, at least 1
 */
public record Slot(String workCentre, LocalDate day, long minutes) {

  public Slot {
    Objects.requireNonNull(workCentre, "workCentre");
    Objects.requireNonNull(day, "day");
    if (minutes < 1) {
      throw new IllegalArgumentException("a slot books at least one minute, got " + minutes);
    }
  }
}
