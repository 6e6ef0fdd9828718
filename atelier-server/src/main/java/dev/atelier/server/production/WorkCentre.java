package dev.atelier.server.production;

import dev.atelier.server.http.Require;

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
    Require.nonNull("id label calendar", id, label, calendar);
  }
}
