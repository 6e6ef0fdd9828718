package dev.atelier.server.events;

import dev.atelier.server.background.BackgroundLoop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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

  /** The logged error when no HTTP answer came, whatever the reason. */
  static final String NO_ANSWER = "no answer";

  /** The logged error when the URL no longer resolves to allowed addresses. */
  static final String NOT_ALLOWED = "address not allowed";

  private final WebhookTargets targets;
  private final Clock clock;
  private final Duration requestTimeout;
  private final DeliveryRows rows;
  private final BackgroundLoop loop = new BackgroundLoop("atelier-outbox", this::runOnce);

  /**
   * A dispatcher on {@code jdbi} posting to the URLs {@code targets} allow, giving each POST {@code
   * requestTimeout} per phase (also the claim's lease, tripled).
   */
  public OutboxDispatcher(
      Jdbi jdbi, WebhookTargets targets, RetryPolicy policy, Clock clock, Duration requestTimeout) {
    this.targets = Objects.requireNonNull(targets, "targets");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    this.rows =
        new DeliveryRows(
            Objects.requireNonNull(jdbi, "jdbi"), Objects.requireNonNull(policy, "policy"), clock);
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
    int fanned = rows.fanOut();
    int attempted = 0;
    for (DeliveryRows.Due due : rows.due()) {
      if (rows.claim(due, 3 * requestTimeout.toMillis())) {
        attempt(due);
        attempted++;
      }
    }
    return fanned + attempted;
  }

  private void attempt(DeliveryRows.Due due) {
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
    rows.record(due, attempt, started, status, error);
  }

  /** Stops the background thread (a POST in progress is interrupted). */
  @Override
  public void close() {
    loop.close();
  }
}
