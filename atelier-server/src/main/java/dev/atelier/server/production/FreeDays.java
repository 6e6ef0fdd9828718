package dev.atelier.server.production;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The free minutes of some work centres over a range of days, read from their load rows as a
 * scheduling run asks for them: the first query reads the first {@link #FIRST_READ} days with free
 * capacity of every work centre at once (skipping the days already full, however many); a later one
 * the next {@link #NEXT_READ} free days of one work centre from the day asked for, when that day is
 * outside what was read of it (forward scheduling asks for ever later days). Days without a row, or
 * full, have none. Not thread-safe: one per scheduling run, on the handle's transaction.
 */
final class FreeDays implements FreeCapacity {

  /** Free days per work centre in the first read: enough for the operations of most orders. */
  static final int FIRST_READ = 16;

  /** Free days in each later read of one work centre. */
  static final int NEXT_READ = 16;

  private static final String PER_CENTRE =
      "(SELECT work_centre, work_day, capacity_minutes - booked_minutes FROM work_centre_load"
          + " WHERE work_centre = ? AND work_day BETWEEN ? AND ?"
          + " AND booked_minutes < capacity_minutes ORDER BY work_day LIMIT %d)";

  /** The statements by number of work centres and limit: formatting them is not free. */
  private static final Map<Integer, String> SQL = new ConcurrentHashMap<>();

  private final Handle h;
  private final List<String> workCentres;
  private final LocalDate from;
  private final LocalDate to;
  private final Map<String, Map<LocalDate, Long>> free = new HashMap<>();

  /** Per work centre, the days whose free minutes have all been read: from, through. */
  private final Map<String, LocalDate> readFrom = new HashMap<>();

  private final Map<String, LocalDate> readThrough = new HashMap<>();

  FreeDays(Handle h, List<String> workCentres, LocalDate from, LocalDate to) {
    this.h = h;
    this.workCentres = List.copyOf(workCentres);
    this.from = from;
    this.to = to;
  }

  @Override
  public long freeMinutes(String workCentre, LocalDate day) {
    if (day.isBefore(from) || day.isAfter(to) || !workCentres.contains(workCentre)) {
      return 0L;
    }
    if (readThrough.isEmpty()) {
      read(workCentres, from, FIRST_READ);
    }
    if (day.isBefore(readFrom.get(workCentre)) || day.isAfter(readThrough.get(workCentre))) {
      read(List.of(workCentre), day, NEXT_READ);
    }
    return Objects.requireNonNull(free.get(workCentre), workCentre).getOrDefault(day, 0L);
  }

  private static String sql(int centres, int limit) {
    return SQL.computeIfAbsent(
        centres * 1024 + limit,
        k -> {
          StringJoiner sql = new StringJoiner(" UNION ALL ");
          for (int i = 0; i < centres; i++) {
            sql.add(String.format(PER_CENTRE, limit));
          }
          return sql.toString();
        });
  }

  /** Reads the first {@code limit} free days from {@code start} of each of {@code centres}. */
  private void read(List<String> centres, LocalDate start, int limit) {
    Map<String, Integer> rows = new HashMap<>();
    for (String wc : centres) {
      readFrom.put(wc, start);
      readThrough.remove(wc);
      rows.put(wc, 0);
      free.put(wc, new HashMap<>()); // what was read before is forgotten with its range
    }
    // Plain JDBC on the transaction's connection: every order runs this.
    try (PreparedStatement q = h.getConnection().prepareStatement(sql(centres.size(), limit))) {
      int p = 1;
      for (String wc : centres) {
        q.setString(p++, wc);
        q.setObject(p++, start);
        q.setObject(p++, to);
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          String wc = rs.getString(1);
          LocalDate day = rs.getObject(2, LocalDate.class);
          Objects.requireNonNull(free.get(wc), wc).put(day, rs.getLong(3));
          rows.merge(wc, 1, Integer::sum);
          readThrough.merge(wc, day, (a, b) -> a.isAfter(b) ? a : b);
        }
      }
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
    for (String wc : centres) {
      if (rows.getOrDefault(wc, 0) < limit) {
        readThrough.put(wc, to); // no more free days before the end of the range
      }
    }
  }
}
