package dev.atelier.server.production;

import dev.atelier.server.http.Require;
import java.util.Map;

/**
 * A process module of the factory: where operations run, with its calendar. Immutable and
 * thread-safe.
 *
 * @param id the id routings name
 * @param labels what staff read, by language: {@code en} always, {@code de} when it has one
 * @param calendar the daily capacity
 */
public record WorkCentre(String id, Map<String, String> labels, WorkCentreCalendar calendar) {

  public WorkCentre {
    Require.nonNull("id labels calendar", id, labels, calendar);
    labels = Map.copyOf(labels);
    if (!labels.containsKey("en")) {
      throw new IllegalArgumentException("work centre " + id + " has no English label");
    }
  }

  /** The English name (the one every work centre has). */
  public String label() {
    return labels.getOrDefault("en", id); // always there: the constructor checks it
  }
}
