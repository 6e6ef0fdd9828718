package dev.atelier.server.production;

import java.util.Objects;

/**
 * A process module of the factory: where operations run, with its calendar. Immutable and
 * thread-safe.
 *
 * @param id the id routings name
 * @param label what staff read
 * @param calendar the daily capacity
 */
public record WorkCentre(String id, String label, WorkCentreCalendar calendar) {

  public WorkCentre {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(calendar, "calendar");
  }
}
