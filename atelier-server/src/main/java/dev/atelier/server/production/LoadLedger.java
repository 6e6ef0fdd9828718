package dev.atelier.server.production;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The booked load per work centre and day (table {@code work_centre_load}). Rows are materialized
 * from the calendars ahead of time ({@link #ensureDays}); bookings are conditional increments that
 * never exceed a row's capacity, however many transactions compete. Stateless and thread-safe.
 */
public final class LoadLedger {

  /** SQL states that mean "another transaction got there first": retry from a fresh schedule. */
  private static final Set<String> CONTENTION =
      Set.of(
          "40001", // serialization failure (PostgreSQL), deadlock (H2)
          "40P01", // deadlock (PostgreSQL)
          "55P03", // lock not available (PostgreSQL)
          "HYT00", // lock timeout (H2)
          "23513", // check constraint: the last line of defence held
          "23514"); // check violation (PostgreSQL)

  private static final String BOOK =
      "UPDATE work_centre_load SET booked_minutes = booked_minutes + ?"
          + " WHERE work_centre = ? AND work_day = ? AND booked_minutes + ? <= capacity_minutes";

  private LoadLedger() {}

  /**
   * Makes sure every work centre has a load row for every day in {@code [from, to]}, with the
   * capacity its calendar gives. Runs in its own transactions; concurrent callers (other nodes) are
   * tolerated.
   */
  public static void ensureDays(Jdbi jdbi, LocalDate from, LocalDate to) {
    for (int attempt = 1; ; attempt++) {
      try {
        jdbi.useTransaction(h -> insertMissing(h, from, to));
        return;
      } catch (UnableToExecuteStatementException e) {
        if (attempt >= 3) {
          throw e; // not a race with another node: a real failure
        }
      }
    }
  }

  private static void insertMissing(Handle h, LocalDate from, LocalDate to) {
    Set<String> existing = new HashSet<>();
    h.createQuery(
            "SELECT work_centre, work_day FROM work_centre_load"
                + " WHERE work_day BETWEEN :from AND :to")
        .bind("from", from)
        .bind("to", to)
        .map((rs, ctx) -> existing.add(key(rs.getString(1), rs.getObject(2, LocalDate.class))))
        .list();
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO work_centre_load (work_centre, work_day, capacity_minutes, booked_minutes)"
                + " VALUES (:wc, :day, :capacity, 0)");
    int rows = 0;
    for (WorkCentre wc : WorkCentreStore.all(h)) {
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        if (!existing.contains(key(wc.id(), d))) {
          batch
              .bind("wc", wc.id())
              .bind("day", d)
              .bind("capacity", wc.calendar().capacity(d))
              .add();
          rows++;
        }
      }
    }
    if (rows > 0) {
      batch.execute();
    }
  }

  /**
   * The free minutes of {@code workCentres} over {@code [from, to]} as the handle's transaction
   * sees them now; days without a load row have none. Rows are read lazily as scheduling asks for
   * them ({@link FreeDays}): most orders need one query. Not thread-safe: one per scheduling run.
   */
  public static FreeCapacity free(
      Handle h, List<String> workCentres, LocalDate from, LocalDate to) {
    return new FreeDays(h, workCentres, from, to);
  }

  /**
   * Books {@code slots} in the handle's transaction, in a fixed (work centre, day) order so that
   * competing transactions cannot deadlock. False when some day no longer has the room (another
   * order took it since the schedule was made): the caller rolls back to its savepoint and
   * reschedules.
   */
  public static boolean tryBook(Handle h, List<Slot> slots) {
    Map<String, Slot> merged = new TreeMap<>();
    for (Slot s : slots) {
      merged.merge(
          key(s.workCentre(), s.day()),
          s,
          (a, b) -> new Slot(a.workCentre(), a.day(), a.minutes() + b.minutes()));
    }
    if (merged.isEmpty()) {
      return true;
    }
    // Plain JDBC on the transaction's connection: every order runs this.
    try (PreparedStatement batch = h.getConnection().prepareStatement(BOOK)) {
      for (Slot s : merged.values()) {
        batch.setLong(1, s.minutes());
        batch.setString(2, s.workCentre());
        batch.setObject(3, s.day());
        batch.setLong(4, s.minutes());
        batch.addBatch();
      }
      for (int updated : batch.executeBatch()) {
        if (updated != 1) {
          return false;
        }
      }
      return true;
    } catch (SQLException e) {
      UnableToExecuteStatementException wrapped = new UnableToExecuteStatementException(e, null);
      if (contention(wrapped)) {
        return false;
      }
      throw wrapped;
    }
  }

  /** Minutes booked at {@code workCentre} on {@code day} (0 without a row). */
  public static long booked(Handle h, String workCentre, LocalDate day) {
    return h.createQuery(
            "SELECT booked_minutes FROM work_centre_load WHERE work_centre = :wc AND work_day = :d")
        .bind("wc", workCentre)
        .bind("d", day)
        .mapTo(Long.class)
        .findOne()
        .orElse(0L);
  }

  /** Load rows of {@code workCentre} over {@code [from, to]}: day, capacity, booked. */
  public static List<DayLoad> days(Handle h, String workCentre, LocalDate from, LocalDate to) {
    return new ArrayList<>(
        h.createQuery(
                "SELECT work_day, capacity_minutes, booked_minutes FROM work_centre_load"
                    + " WHERE work_centre = :wc AND work_day BETWEEN :from AND :to"
                    + " ORDER BY work_day")
            .bind("wc", workCentre)
            .bind("from", from)
            .bind("to", to)
            .map(
                (rs, ctx) ->
                    new DayLoad(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3)))
            .list());
  }

  /**
   * Capacity and booked minutes of one work centre on one day. Immutable and thread-safe.
   *
   * @param day the day
   * @param capacity minutes available
   * @param booked minutes booked
   */
  public record DayLoad(LocalDate day, int capacity, int booked) {}

  static boolean contention(UnableToExecuteStatementException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // A batch reports its failed statement's exception as the next exception.
      for (SQLException sql = t instanceof SQLException x ? x : null;
          sql != null;
          sql = sql.getNextException()) {
        if (CONTENTION.contains(sql.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }

  private static String key(String workCentre, LocalDate day) {
    return workCentre + "|" + day;
  }
}
