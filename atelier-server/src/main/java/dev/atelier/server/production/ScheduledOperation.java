package dev.atelier.server.production;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An operation placed in the calendar: the days (and minutes on each) it occupies its work centre.
 * Immutable and thread-safe.
 *
 * @param operation the operation
 * @param slots its minutes per day, in day order; empty for an operation of zero minutes
 * @param firstDay the day it starts
 * @param lastDay the day it ends
 */
public record ScheduledOperation(
    PlannedOperation operation, List<Slot> slots, LocalDate firstDay, LocalDate lastDay) {

  public ScheduledOperation {
    Objects.requireNonNull(operation, "operation");
    slots = List.copyOf(slots);
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
  }
}
