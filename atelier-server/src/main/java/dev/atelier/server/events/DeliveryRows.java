package dev.atelier.server.events;

import dev.atelier.server.http.Nullable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The rows the {@link OutboxDispatcher} works on: outbox events fanned out into one pending
 * delivery per receiving webhook, due deliveries claimed with a lease, and each attempt's log and
 * outcome (delivered, retried after the {@link RetryPolicy}'s backoff, or dead). Thread-safe.
 */
final class DeliveryRows {

  private static final int BATCH = 100;
  private static final int MAX_ERROR = 500;

  private final Jdbi jdbi;
  private final RetryPolicy policy;
  private final Clock clock;
  private final RandomGenerator random = RandomGenerator.getDefault();

  DeliveryRows(Jdbi jdbi, RetryPolicy policy, Clock clock) {
    this.jdbi = jdbi;
    this.policy = policy;
    this.clock = clock;
  }

  /** Fans new outbox events out into pending deliveries; how many events it fanned out. */
  int fanOut() {
    return jdbi.inTransaction(
        h -> {
          List<Webhook> hooks = WebhookStore.all(h).stream().filter(Webhook::active).toList();
          List<NewEvent> events =
              h.createQuery(
                      "SELECT pos, id, order_id, order_seq, type FROM outbox_event"
                          + " WHERE fanned_out = FALSE ORDER BY pos LIMIT :n")
                  .bind("n", BATCH)
                  .map(
                      (rs, ctx) ->
                          new NewEvent(
                              rs.getLong(1),
                              rs.getString(2),
                              rs.getString(3),
                              rs.getLong(4),
                              rs.getString(5)))
                  .list();
          long now = clock.millis();
          int fanned = 0;
          for (NewEvent e : events) {
            int claimed =
                h.createUpdate(
                        "UPDATE outbox_event SET fanned_out = TRUE"
                            + " WHERE pos = :pos AND fanned_out = FALSE")
                    .bind("pos", e.pos())
                    .execute();
            if (claimed == 0) {
              continue; // another node fanned it out
            }
            fanned++;
            for (Webhook w : hooks) {
              if (w.receives(e.type())) {
                h.createUpdate(
                        "INSERT INTO webhook_delivery (webhook_id, event_id, order_id, order_seq,"
                            + " type, status, attempts, next_attempt_ms) VALUES (:w, :e, :o, :s,"
                            + " :t, 'pending', 0, :now)")
                    .bind("w", w.id())
                    .bind("e", e.id())
                    .bind("o", e.orderId())
                    .bind("s", e.sequence())
                    .bind("t", e.type())
                    .bind("now", now)
                    .execute();
              }
            }
          }
          return fanned;
        });
  }

  /** An outbox event not yet fanned out. */
  private record NewEvent(long pos, String id, String orderId, long sequence, String type) {}

  /** A delivery ready to attempt. */
  record Due(
      long id,
      int attempts,
      int seriesStart,
      long notBefore,
      String url,
      String secret,
      String eventId,
      String type,
      String body) {}

  /** The due deliveries of active webhooks, none with an earlier one of its order pending. */
  List<Due> due() {
    return jdbi.withHandle(
        h ->
            new ArrayList<>(
                h.createQuery(
                        "SELECT d.id, d.attempts, d.series_start, d.next_attempt_ms, w.url, w.secret,"
                            + " e.id, e.type, e.body FROM webhook_delivery d"
                            + " JOIN webhook w ON w.id = d.webhook_id"
                            + " JOIN outbox_event e ON e.id = d.event_id"
                            + " WHERE d.status = 'pending' AND d.next_attempt_ms <= :now"
                            + " AND d.dead = FALSE AND w.active = TRUE"
                            + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery p"
                            + " WHERE p.webhook_id = d.webhook_id AND p.order_id = d.order_id"
                            + " AND p.order_seq < d.order_seq AND p.status = 'pending')"
                            + " ORDER BY d.id LIMIT :n")
                    .bind("now", clock.millis())
                    .bind("n", BATCH)
                    .map(
                        (rs, ctx) ->
                            new Due(
                                rs.getLong(1),
                                rs.getInt(2),
                                rs.getInt(3),
                                rs.getLong(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9)))
                    .list()));
  }

  /** Whether this node claimed {@code due} for {@code leaseMillis} (no other node has). */
  boolean claim(Due due, long leaseMillis) {
    long lease = clock.millis() + leaseMillis;
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE webhook_delivery SET next_attempt_ms = :lease WHERE id = :id"
                            + " AND status = 'pending' AND dead = FALSE AND next_attempt_ms = :seen")
                    .bind("lease", lease)
                    .bind("id", due.id())
                    .bind("seen", due.notBefore())
                    .execute())
        == 1;
  }

  /** Logs the attempt and marks the delivery delivered, or due again after the backoff, or dead. */
  void record(
      Due due, int attempt, Instant started, @Nullable Integer status, @Nullable String error) {
    long now = clock.millis();
    String shortError =
        error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO webhook_attempt (delivery_id, attempt, attempted_ms, status_code,"
                      + " error, duration_ms) VALUES (:d, :a, :at, :status, :error, :took)")
              .bind("d", due.id())
              .bind("a", attempt)
              .bind("at", started.toEpochMilli())
              .bind("status", status)
              .bind("error", shortError)
              .bind("took", Math.max(0, now - started.toEpochMilli()))
              .execute();
          update(h, due, attempt, status, shortError, now);
        });
  }

  private void update(
      Handle h, Due due, int attempt, @Nullable Integer status, @Nullable String error, long now) {
    if (error == null) {
      h.createUpdate(
              "UPDATE webhook_delivery SET status = 'delivered', attempts = :a, last_status = :s,"
                  + " last_error = NULL, delivered_ms = :now WHERE id = :id")
          .bind("a", attempt)
          .bind("s", status)
          .bind("now", now)
          .bind("id", due.id())
          .execute();
    } else {
      int failures = Math.max(1, attempt - due.seriesStart());
      long next = now + policy.delay(failures, random).toMillis();
      h.createUpdate(
              "UPDATE webhook_delivery SET attempts = :a, last_status = :s, last_error = :e,"
                  + " next_attempt_ms = :next, dead = :dead WHERE id = :id")
          .bind("dead", policy.exhausted(failures))
          .bind("a", attempt)
          .bind("s", status)
          .bind("e", error)
          .bind("next", next)
          .bind("id", due.id())
          .execute();
    }
  }
}
