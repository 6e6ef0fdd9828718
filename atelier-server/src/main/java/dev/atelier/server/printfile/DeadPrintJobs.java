package dev.atelier.server.printfile;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Dead print jobs for staff: the list with their reasons, and a retry that gives a dead job a new
 * series of attempts, due at once, in one transaction with its audit row ({@code print_job_retry},
 * V188: who, when, the reason it had died with). Retrying a job that is due again because it was
 * retried changes nothing (a double click, a replayed request). Thread-safe.
 */
public final class DeadPrintJobs {

  /** The most dead jobs listed. */
  static final int LIST_LIMIT = 200;

  private static final String VIEW =
      "SELECT production_order, area, order_id, product, status, attempts, last_error, retried,"
          + " version FROM print_job";

  /** What a retry did. */
  public sealed interface Retry {

    /** The job is due again (now, or already by an earlier retry). */
    record Due(PrintJobView job, boolean changed) implements Retry {}

    /** No such job. */
    record Unknown() implements Retry {}

    /** The job is neither dead nor retried: {@code job.status()} says what it is. */
    record NotDead(PrintJobView job) implements Retry {}
  }

  private final Jdbi jdbi;

  /** The dead jobs of {@code jdbi}'s database (migrated). */
  public DeadPrintJobs(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The dead jobs, by production order and area, at most {@value #LIST_LIMIT}. */
  public List<PrintJobView> list() {
    return jdbi.withHandle(
        h ->
            h.createQuery(VIEW + " WHERE status = 'dead' ORDER BY production_order, area LIMIT :n")
                .bind("n", LIST_LIMIT)
                .map((rs, ctx) -> view(rs))
                .list());
  }

  /**
   * Retries the job of {@code productionOrder} on {@code area} for {@code account} at {@code at}.
   */
  public Retry retry(String productionOrder, String area, long account, Instant at) {
    return jdbi.inTransaction(
        h -> {
          Optional<PrintJobView> found = find(h, productionOrder, area, true);
          if (found.isEmpty()) {
            return new Retry.Unknown();
          }
          PrintJobView job = found.get();
          if (job.status().equals("due") && job.retried()) {
            return new Retry.Due(job, false);
          }
          if (!job.status().equals("dead")) {
            return new Retry.NotDead(job);
          }
          // On H2 the lock above does not keep a racing retry from reading the job dead too: only
          // the one whose update changes the row writes the audit row (PrintJobRaceTest).
          int changed =
              PrintJobs.update(
                      h,
                      "status = 'due', attempts = 0, next_attempt_ms = :now, claim = NULL,"
                          + " retried = TRUE",
                      productionOrder,
                      area,
                      "status = 'dead'")
                  .bind("now", at.toEpochMilli())
                  .execute();
          if (changed == 0) {
            return new Retry.Due(find(h, productionOrder, area, false).orElseThrow(), false);
          }
          h.createUpdate(
                  "INSERT INTO print_job_retry (production_order, area, account_id, reason,"
                      + " attempts, retried_at) VALUES (:po, :area, :account, :reason, :attempts,"
                      + " :at)")
              .bind("po", productionOrder)
              .bind("area", area)
              .bind("account", account)
              .bind("reason", job.reason())
              .bind("attempts", job.attempts())
              .bind("at", at.atOffset(ZoneOffset.UTC))
              .execute();
          return new Retry.Due(find(h, productionOrder, area, false).orElseThrow(), true);
        });
  }

  private static Optional<PrintJobView> find(
      Handle h, String productionOrder, String area, boolean lock) {
    return h.createQuery(
            VIEW + " WHERE production_order = :po AND area = :area" + (lock ? " FOR UPDATE" : ""))
        .bind("po", productionOrder)
        .bind("area", area)
        .map((rs, ctx) -> view(rs))
        .findOne();
  }

  /** A job as stored: no area labels yet, its reason read as a code ({@link PrintFailure#read}). */
  private static PrintJobView view(java.sql.ResultSet rs) throws java.sql.SQLException {
    String reason = rs.getString(7);
    return new PrintJobView(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getInt(6),
        reason,
        rs.getBoolean(8),
        rs.getString(9),
        Map.of(),
        PrintFailure.read(reason).orElse(null));
  }
}
