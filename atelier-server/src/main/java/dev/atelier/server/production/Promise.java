package dev.atelier.server.production;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A delivery promise: the earliest day every operation of a configuration fits the work centres'
 * free capacity, or why there is none. Immutable and thread-safe.
 */
public sealed interface Promise
    permits Promise.Dated, Promise.NoCapacity, Promise.UnknownWorkCentre {

  /**
   * Production can end on {@code date}.
   *
   * @param date the day the last operation ends
   * @param operations each operation's days
   */
  record Dated(LocalDate date, List<ScheduledOperation> operations) implements Promise {
    public Dated {
      Objects.requireNonNull(date, "date");
      operations = List.copyOf(operations);
    }

    /** Every slot of every operation, in routing and day order. */
    public List<Slot> slots() {
      List<Slot> all = new ArrayList<>();
      operations.forEach(o -> all.addAll(o.slots()));
      return all;
    }
  }

  /**
   * Operation {@code operation} does not fit at {@code workCentre} before {@code horizonEnd}.
   *
   * @param operation the routing operation id
   * @param workCentre its work centre
   * @param horizonEnd the last day scheduling looked at
   */
  record NoCapacity(String operation, String workCentre, LocalDate horizonEnd) implements Promise {}

  /**
   * The routing names a work centre the factory does not have (a model defect).
   *
   * @param workCentre the unknown work centre id
   */
  record UnknownWorkCentre(String workCentre) implements Promise {}
}
