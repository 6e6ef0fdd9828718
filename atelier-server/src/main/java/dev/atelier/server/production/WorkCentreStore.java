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

  /** Whether any of the work centres {@code ids} makes goods to ship (column {@code physical}). */
  static boolean anyPhysical(Handle h, List<String> ids) {
    return h.createQuery("SELECT COUNT(*) FROM work_centre WHERE physical AND id IN (<ids>)")
            .bindList("ids", ids)
            .mapTo(Long.class)
            .one()
        > 0;
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

  /**
   * Sets the capacity of {@code workCentre} on {@code day} to {@code minutes} (an exception to its
   * weekly pattern), also on the day's load row when there is one. Refused, changing nothing, when
   * more than {@code minutes} are already booked that day. Runs on the caller's transaction.
   *
   * @return empty when done, else the minutes already booked that day
   */
  public static Optional<Long> setException(
      Handle h, String workCentre, LocalDate day, int minutes) {
    long booked =
        h.createQuery(
                "SELECT booked_minutes FROM work_centre_load WHERE work_centre = :wc"
                    + " AND work_day = :day FOR UPDATE")
            .bind("wc", workCentre)
            .bind("day", day)
            .mapTo(Long.class)
            .findOne()
            .orElse(0L);
    if (booked > minutes) {
      return Optional.of(booked);
    }
    int updated =
        h.createUpdate(
                "UPDATE work_centre_exception SET capacity_minutes = :m"
                    + " WHERE work_centre = :wc AND work_day = :day")
            .bind("m", minutes)
            .bind("wc", workCentre)
            .bind("day", day)
            .execute();
    if (updated == 0) {
      h.createUpdate(
              "INSERT INTO work_centre_exception (work_centre, work_day, capacity_minutes)"
                  + " VALUES (:wc, :day, :m)")
          .bind("m", minutes)
          .bind("wc", workCentre)
          .bind("day", day)
          .execute();
    }
    h.createUpdate(
            "UPDATE work_centre_load SET capacity_minutes = :m"
                + " WHERE work_centre = :wc AND work_day = :day")
        .bind("m", minutes)
        .bind("wc", workCentre)
        .bind("day", day)
        .execute();
    return Optional.empty();
  }

  private static WorkCentre read(ResultSet rs, Map<LocalDate, Integer> exceptions)
      throws SQLException {
    Map<DayOfWeek, Integer> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      weekly.put(d, rs.getInt(d.name().toLowerCase(Locale.ROOT) + "_minutes"));
    }
    Map<String, String> labels = new HashMap<>();
    labels.put("en", rs.getString("label"));
    String german = rs.getString("label_de");
    if (german != null) {
      labels.put("de", german);
    }
    return new WorkCentre(rs.getString("id"), labels, new WorkCentreCalendar(weekly, exceptions));
  }
}
