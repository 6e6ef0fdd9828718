package dev.atelier.server.production;

import dev.atelier.server.http.Problem;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * How much of a work centre's capacity one account may hold: its open (not done) operations'
 * minutes from today on, the order being placed included, at most {@link #MAX_SHARE_PERCENT} % of
 * the work centre's capacity within the planning horizon. Without it one customer booked a work
 * centre for the whole two-year horizon in 19 orders and everyone after was refused. Checked in the
 * order's transaction after its booking, with the account's row locked first, so one account's
 * concurrent orders are counted one after the other. What an account holds is kept per day and work
 * centre ({@link AccountLoad}), so the check costs the same however many orders the account has
 * placed. Stateless and thread-safe.
 */
final class AccountCapacity {

  /** The largest share of one work centre's capacity within the horizon one account may hold. */
  static final int MAX_SHARE_PERCENT = 10;

  /**
   * Benchmarks only ({@code -Datelier.accountCapacity.scan=true}): the session-17 check, which
   * joins all the account's orders' slots and keeps no {@code account_load} rows. A database run
   * with it and then without it undercounts what its accounts hold.
   */
  static final boolean SCAN = Boolean.getBoolean("atelier.accountCapacity.scan");

  private static final String SCAN_HELD =
      "SELECT s.work_centre, SUM(s.minutes) AS held FROM production_slot s"
          + " JOIN production_operation op ON op.id = s.operation"
          + " JOIN production_order po ON po.id = op.production_order"
          + " WHERE po.order_id IN (SELECT CAST(o.id AS VARCHAR(64)) FROM orders o"
          + " WHERE o.account_id = ?) AND op.status <> 'done'"
          + " AND s.work_day >= ? GROUP BY s.work_centre ORDER BY s.work_centre";

  private static final String CAPACITY =
      "SELECT COALESCE(SUM(capacity_minutes), 0) FROM work_centre_load"
          + " WHERE work_centre = ? AND work_day >= ?";

  private AccountCapacity() {}

  /** Locks {@code account}'s row (if any) until the order's transaction ends. */
  static void lock(Handle h, long account) {
    h.createQuery("SELECT id FROM account WHERE id = :account FOR UPDATE")
        .bind("account", account)
        .mapTo(Long.class)
        .findOne();
  }

  /**
   * Adds the order's booked {@code slots} to what {@code account} holds, then the 409 naming {@code
   * quantity} when it holds more than its share, else empty.
   */
  static Optional<Problem> hold(Handle h, long account, List<Slot> slots, LocalDate today) {
    if (!SCAN) {
      AccountLoad.hold(h, account, slots);
    }
    Map<String, Long> held =
        SCAN ? scanned(h, account, today) : AccountLoad.held(h, account, today);
    try (PreparedStatement s = h.getConnection().prepareStatement(CAPACITY)) {
      for (Map.Entry<String, Long> x : held.entrySet()) {
        s.setString(1, x.getKey());
        s.setObject(2, today);
        long capacity;
        try (ResultSet rs = s.executeQuery()) {
          capacity = rs.next() ? rs.getLong(1) : 0;
        }
        if (x.getValue() * 100 > capacity * MAX_SHARE_PERCENT) {
          return Optional.of(problem(x.getKey(), x.getValue(), capacity));
        }
      }
      return Optional.empty();
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
  }

  /**
   * What {@code account} holds from {@code today} on per work centre, by joining all its orders'
   * slots (the old check; tests compare {@link AccountLoad#held} with it).
   */
  static Map<String, Long> scanned(Handle h, long account, LocalDate today) {
    return AccountLoad.perWorkCentre(h, SCAN_HELD, account, today);
  }

  private static Problem problem(String workCentre, long minutes, long capacity) {
    return Problem.of(
        409,
        "account-capacity",
        "Too much production booked by one account",
        "your open orders would hold "
            + hours(minutes)
            + " h of work centre '"
            + workCentre
            + "', more than "
            + MAX_SHARE_PERCENT
            + " % of its "
            + hours(capacity)
            + " h until the end of the planning horizon; order fewer, or again once"
            + " earlier orders are made",
        "quantity");
  }

  private static long hours(long minutes) {
    return (minutes + 59) / 60;
  }
}
