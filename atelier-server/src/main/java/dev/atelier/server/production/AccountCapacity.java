package dev.atelier.server.production;

import dev.atelier.server.http.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * How much of a work centre's capacity one account may hold: its open (not done) operations'
 * minutes from today on, the order being placed included, at most {@link #MAX_SHARE_PERCENT} % of
 * the work centre's capacity within the planning horizon. Without it one customer booked a work
 * centre for the whole two-year horizon in 19 orders and everyone after was refused. Checked in the
 * order's transaction after its booking, with the account's row locked first, so one account's
 * concurrent orders are counted one after the other. Stateless and thread-safe.
 */
final class AccountCapacity {

  /** The largest share of one work centre's capacity within the horizon one account may hold. */
  static final int MAX_SHARE_PERCENT = 10;

  private AccountCapacity() {}

  /** Locks {@code account}'s row (if any) until the order's transaction ends. */
  static void lock(Handle h, long account) {
    h.createQuery("SELECT id FROM account WHERE id = :account FOR UPDATE")
        .bind("account", account)
        .mapTo(Long.class)
        .findOne();
  }

  /** The 409 naming {@code quantity} when {@code account} holds more than its share, else empty. */
  static Optional<Problem> exceeded(Handle h, long account, LocalDate today) {
    List<Held> held =
        h.createQuery(
                "SELECT s.work_centre, SUM(s.minutes) AS held FROM production_slot s"
                    + " JOIN production_operation op ON op.id = s.operation"
                    + " JOIN production_order po ON po.id = op.production_order"
                    + " WHERE po.order_id IN (SELECT CAST(o.id AS VARCHAR(64)) FROM orders o"
                    + " WHERE o.account_id = :account) AND op.status <> 'done'"
                    + " AND s.work_day >= :today GROUP BY s.work_centre ORDER BY s.work_centre")
            .bind("account", account)
            .bind("today", today)
            .map((rs, ctx) -> new Held(rs.getString("work_centre"), rs.getLong("held")))
            .list();
    for (Held x : held) {
      long capacity =
          h.createQuery(
                  "SELECT COALESCE(SUM(capacity_minutes), 0) FROM work_centre_load"
                      + " WHERE work_centre = :wc AND work_day >= :today")
              .bind("wc", x.workCentre())
              .bind("today", today)
              .mapTo(Long.class)
              .one();
      if (x.minutes() * 100 > capacity * MAX_SHARE_PERCENT) {
        return Optional.of(
            Problem.of(
                409,
                "account-capacity",
                "Too much production booked by one account",
                "your open orders would hold "
                    + hours(x.minutes())
                    + " h of work centre '"
                    + x.workCentre()
                    + "', more than "
                    + MAX_SHARE_PERCENT
                    + " % of its "
                    + hours(capacity)
                    + " h until the end of the planning horizon; order fewer, or again once"
                    + " earlier orders are made",
                "quantity"));
      }
    }
    return Optional.empty();
  }

  private static long hours(long minutes) {
    return (minutes + 59) / 60;
  }

  private record Held(String workCentre, long minutes) {}
}
