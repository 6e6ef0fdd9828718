package dev.atelier.server.production;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads work centres and their calendars (tables {@code work_centre}, {@code
 * work_centre_exception}). Stateless and thread-safe; every call runs on the caller's handle.
 */
public final class WorkCentreStore {

  private WorkCentreStore() {}

  /** Every work centre, by id. */
  public static List<WorkCentre> all(Handle h) {
    Map<String, Map<LocalDate, Integer>> exceptions = new HashMap<>();
    h.createQuery("SELECT work_centre, work_day, capacity_minutes FROM work_centre_exception")
        .map(
            (rs, ctx) ->
                exceptions
                    .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                    .put(rs.getObject(2, LocalDate.class), rs.getInt(3)))
        .list();
    return h.createQuery("SELECT * FROM work_centre ORDER BY id")
        .map((rs, ctx) -> read(rs, exceptions.getOrDefault(rs.getString("id"), Map.of())))
        .list();
  }

  /** The work centre {@code id}, if there is one. */
  public static Optional<WorkCentre> find(Handle h, String id) {
    return all(h).stream().filter(w -> w.id().equals(id)).findFirst();
  }

  /** The ids among {@code ids} that are not work centres. */
  public static List<String> unknown(Handle h, List<String> ids) {
    List<String> known = h.createQuery("SELECT id FROM work_centre").mapTo(String.class).list();
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      if (!known.contains(id) && !missing.contains(id)) {
        missing.add(id);
      }
    }
    return missing;
  }

  private static WorkCentre read(ResultSet rs, Map<LocalDate, Integer> exceptions)
      throws SQLException {
    Map<DayOfWeek, Integer> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      weekly.put(d, rs.getInt(d.name().toLowerCase(Locale.ROOT) + "_minutes"));
    }
    return new WorkCentre(
        rs.getString("id"), rs.getString("label"), new WorkCentreCalendar(weekly, exceptions));
  }
}
