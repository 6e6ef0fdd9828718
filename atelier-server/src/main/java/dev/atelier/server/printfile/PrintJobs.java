package dev.atelier.server.printfile;

import dev.atelier.server.db.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * The table {@code print_job} (V184, V185, V186, V188, V189): print files due, one row per
 * production order and print area, with the artwork's upload and placement, the personalization
 * text or both. Rows are written in the order's transaction ({@link #record}); workers claim due
 * rows with a lease ({@link #claim}: {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, a
 * compare-and-set on H2), so two nodes never render the same job, and end them done or failed only
 * while they still hold the claim. Thread-safe.
 */
public final class PrintJobs {

  /**
   * A job this worker holds until its lease ends.
   *
   * @param job what to render
   * @param attempts failed attempts before this one
   * @param token the claim (the row is changed only while it still carries it)
   */
  public record Claimed(PrintJob job, int attempts, String token) {}

  private final Jdbi jdbi;

  /** The jobs in {@code jdbi}'s database (migrated). */
  public PrintJobs(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Records {@code jobs} as due now, in the transaction of {@code h}. */
  public static void record(Handle h, List<PrintJob> jobs, Instant at) {
    for (PrintJob j : jobs) {
      PrintJobRow.insert(h, j, at);
    }
  }

  /** Claims up to {@code n} jobs due at {@code now}, each until {@code leaseEnd}. */
  public List<Claimed> claim(int n, long now, long leaseEnd) {
    return jdbi.inTransaction(
        h -> {
          boolean skipLocked = Dialect.of(h.getConnection()) == Dialect.POSTGRESQL;
          List<Candidate> seen =
              h.createQuery(
                      "SELECT "
                          + PrintJobRow.COLUMNS
                          + " FROM print_job WHERE status = 'due' AND next_attempt_ms <= :now"
                          + " ORDER BY next_attempt_ms LIMIT :n"
                          + (skipLocked ? " FOR UPDATE SKIP LOCKED" : ""))
                  .bind("now", now)
                  .bind("n", n)
                  .map((rs, ctx) -> claimed(rs))
                  .list();
          List<Claimed> mine = new ArrayList<>();
          for (Candidate candidate : seen) {
            Claimed c = candidate.claimed();
            // The row's lease as read: another node that claimed it first changed it (H2's
            // portable equivalent of SKIP LOCKED; on PostgreSQL the row is locked already).
            int won =
                update(
                        h,
                        "claim = :token, next_attempt_ms = :lease",
                        c.job(),
                        "status = 'due' AND next_attempt_ms = :seen")
                    .bind("token", c.token())
                    .bind("lease", leaseEnd)
                    .bind("seen", candidate.lease())
                    .execute();
            if (won == 1) {
              mine.add(c);
            }
          }
          return mine;
        });
  }

  /** A due row as read, with the lease it had then. */
  private record Candidate(Claimed claimed, long lease) {}

  private static Candidate claimed(ResultSet rs) throws SQLException {
    Claimed c = new Claimed(PrintJobRow.job(rs), rs.getInt(12), UUID.randomUUID().toString());
    return new Candidate(c, rs.getLong(13));
  }

  /**
   * Marks {@code c} done through {@code h} if this worker still holds it; false when its lease
   * ended and another worker took it (then nothing may be written).
   */
  static boolean done(Handle h, Claimed c) {
    return update(
                h,
                "status = 'done', claim = NULL, last_error = NULL",
                c.job(),
                "claim = :token AND status = 'due'")
            .bind("token", c.token())
            .execute()
        == 1;
  }

  /**
   * {@code UPDATE print_job SET set} of the row of {@code productionOrder} on {@code area} where
   * also {@code condition} holds, through {@code h}; the caller binds the parameters of {@code set}
   * and {@code condition} and executes it.
   */
  static Update update(
      Handle h, String set, String productionOrder, String area, String condition) {
    return h.createUpdate(
            "UPDATE print_job SET "
                + set
                + " WHERE production_order = :po AND area = :area AND "
                + condition)
        .bind("po", productionOrder)
        .bind("area", area);
  }

  private static Update update(Handle h, String set, PrintJob job, String condition) {
    return update(h, set, job.productionOrder(), job.area(), condition);
  }

  /** Whether every job of {@code productionOrder} is done, read through {@code h}. */
  static boolean allDone(Handle h, String productionOrder) {
    return h.createQuery(
                "SELECT COUNT(*) FROM print_job WHERE production_order = :po"
                    + " AND status <> 'done'")
            .bind("po", productionOrder)
            .mapTo(Long.class)
            .one()
        == 0;
  }

  /** Records a failed attempt of {@code c}: due again at {@code next}, or dead. */
  public void failed(Claimed c, String reason, long next, boolean dead) {
    jdbi.useHandle(
        h ->
            update(
                    h,
                    "attempts = attempts + 1, last_error = :e, next_attempt_ms = :next,"
                        + " status = :status, claim = NULL, retried = (retried AND :alive)",
                    c.job(),
                    "claim = :token")
                .bind("e", reason.length() <= 500 ? reason : reason.substring(0, 500))
                .bind("next", next)
                .bind("status", dead ? "dead" : "due")
                .bind("alive", !dead)
                .bind("token", c.token())
                .execute());
  }

  /** The areas without files of each of {@code productionOrders} that has any. */
  public Map<String, List<PendingPrintFiles>> pending(Collection<String> productionOrders) {
    Map<String, List<PendingPrintFiles>> out = new LinkedHashMap<>();
    if (productionOrders.isEmpty()) {
      return out;
    }
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT production_order, area, status, attempts, last_error FROM print_job"
                        + " WHERE production_order IN (<ids>) AND status <> 'done'"
                        + " ORDER BY production_order, area")
                .bindList("ids", List.copyOf(productionOrders))
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            rs.getString(1),
                            new PendingPrintFiles(
                                rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5))))
                .forEach(
                    e ->
                        out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
    return out;
  }

  /** Whether {@code productionOrder} waits for print files, read through {@code h}. */
  public static boolean blocks(Handle h, String productionOrder) {
    return !allDone(h, productionOrder);
  }
}
