package dev.atelier.server.events;

import dev.atelier.server.background.BackgroundLoop;
import dev.atelier.server.http.Nullable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Delivers outbox events to webhooks, at least once and in order per (webhook, order). Each round
 * it fans new outbox events out into one pending delivery per receiving webhook, then POSTs every
 * due delivery of an active webhook whose order has no earlier delivery pending to the same
 * webhook. A 2xx answer delivers; anything else is retried after the {@link RetryPolicy}'s backoff
 * until its attempts are spent, when the delivery is dead (a dead letter the admin sees in the
 * delivery log and may retry; the order's later events wait behind it). Every attempt resolves the
 * URL again, checks the addresses with the {@link WebhookTargets} and connects to the address it
 * checked; failures are logged generically ("no answer"), never telling which internal ports are
 * open. A delivery is claimed with a lease before its POST, so several nodes can dispatch from one
 * database; a node dying mid-POST only delays the retry until the lease ends (receivers deduplicate
 * by the event id). Thread-safe; one background thread per instance.
 */
public final class OutboxDispatcher implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(OutboxDispatcher.class.getName());
  private static final int BATCH = 100;
  private static final int MAX_ERROR = 500;

  /** The logged error when no HTTP answer came, whatever the reason. */
  static final String NO_ANSWER = "no answer";

  /** The logged error when the URL no longer resolves to allowed addresses. */
  static final String NOT_ALLOWED = "address not allowed";

  private final Jdbi jdbi;
  private final WebhookTargets targets;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Duration requestTimeout;
  private final RandomGenerator random = RandomGenerator.getDefault();
  private final BackgroundLoop loop = new BackgroundLoop("atelier-outbox", this::runOnce);

  /**
   * A dispatcher on {@code jdbi} posting to the URLs {@code targets} allow, giving each POST {@code
   * requestTimeout} per phase (also the claim's lease, tripled).
   */
  public OutboxDispatcher(
      Jdbi jdbi, WebhookTargets targets, RetryPolicy policy, Clock clock, Duration requestTimeout) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.targets = Objects.requireNonNull(targets, "targets");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  /** Starts the background thread, running a round every {@code interval} (and at once). */
  public void start(Duration interval) {
    // Rounds follow each other while they make progress: an order's next event is due right
    // after its previous one was delivered.
    loop.start(interval);
  }

  /**
   * One round: fan out new events, then attempt every due delivery. Returns the number of events
   * fanned out plus attempts made (0 when there was nothing to do).
   */
  public int runOnce() {
    int fanned = fanOut();
    int attempted = 0;
    for (Due due : due()) {
      if (claim(due)) {
        attempt(due);
        attempted++;
      }
    }
    return fanned + attempted;
  }

  private int fanOut() {
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
  private record Due(
      long id,
      int attempts,
      int seriesStart,
      long notBefore,
      String url,
      String secret,
      String eventId,
      String type,
      String body) {}

  private List<Due> due() {
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

  private boolean claim(Due due) {
    long lease = clock.millis() + 3 * requestTimeout.toMillis();
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

  private void attempt(Due due) {
    byte[] body = due.body().getBytes(StandardCharsets.UTF_8);
    int attempt = due.attempts() + 1;
    Instant started = clock.instant();
    Integer status = null;
    String error = null;
    WebhookTargets.Checked checked = targets.check(due.url());
    if (checked.target() == null) {
      error = NOT_ALLOWED;
    } else {
      try {
        List<PinnedPost.Header> headers =
            List.of(
                new PinnedPost.Header("Content-Type", "application/json"),
                new PinnedPost.Header(
                    WebhookSignature.HEADER, WebhookSignature.sign(due.secret(), started, body)),
                new PinnedPost.Header("Atelier-Event-Id", due.eventId()),
                new PinnedPost.Header("Atelier-Event-Type", due.type()),
                new PinnedPost.Header("Atelier-Delivery-Attempt", Integer.toString(attempt)));
        status = PinnedPost.post(checked.target(), headers, body, requestTimeout);
        if (status / 100 != 2) {
          error = "HTTP " + status;
        }
      } catch (IOException | RuntimeException e) {
        // Generic on purpose: refused, reset, timed out and TLS failures look alike, so the log
        // cannot be used to scan ports.
        LOG.log(System.Logger.Level.DEBUG, "webhook delivery " + due.id() + " failed", e);
        error = NO_ANSWER;
      }
    }
    record(due, attempt, started, status, error);
  }

  private void record(
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

  /** Stops the background thread (a POST in progress is interrupted). */
  @Override
  public void close() {
    loop.close();
  }
}
