package dev.atelier.server.production;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The outcome of forward finite-capacity scheduling. Immutable and thread-safe. */
public sealed interface Schedule permits Schedule.Fits, Schedule.NoCapacity {

  /**
   * Every operation fits; {@code completion} is the day the last one ends (the start day when there
   * are no operations).
   *
   * @param operations the operations in routing order
   * @param completion the earliest day everything is done
   */
  record Fits(List<ScheduledOperation> operations, LocalDate completion) implements Schedule {
    public Fits {
      operations = List.copyOf(operations);
      Objects.requireNonNull(completion, "completion");
    }

    /** Every slot of every operation, in routing and day order. */
    public List<Slot> slots() {
      List<Slot> all = new ArrayList<>();
      operations.forEach(o -> all.addAll(o.slots()));
      return all;
    }
  }

  /**
   * Some operation does not fit before the scheduling horizon ends.
   *
   * @param operation the first operation that does not fit
   * @param horizonEnd the last day scheduling looked at
   */
  record NoCapacity(PlannedOperation operation, LocalDate horizonEnd) implements Schedule {
    public NoCapacity {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(horizonEnd, "horizonEnd");
    }
  }
}
