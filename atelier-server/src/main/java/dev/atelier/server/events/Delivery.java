package dev.atelier.server.events;

import dev.atelier.server.http.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * One event's delivery to one webhook, with its attempts: the admin's delivery log. Times are ISO
 * instants or null. Immutable and thread-safe.
 *
 * @param id the delivery id
 * @param webhookId the webhook
 * @param eventId the event
 * @param orderId the order the event belongs to
 * @param sequence the event's place among its order's events
 * @param type the event type
 * @param status {@code pending}, {@code delivered} or {@code dead} (attempts spent: retried only
 *     when an admin asks)
 * @param attempts how many attempts were made
 * @param nextAttemptAt when the next attempt is due, if pending
 * @param deliveredAt when a 2xx answer came, if delivered
 * @param log every attempt, oldest first
 */
public record Delivery(
    long id,
    long webhookId,
    String eventId,
    String orderId,
    long sequence,
    String type,
    String status,
    int attempts,
    @Nullable String nextAttemptAt,
    @Nullable String deliveredAt,
    List<Attempt> log) {

  /** The status of a delivery whose attempts are spent. */
  public static final String DEAD = "dead";

  public Delivery {
    Objects.requireNonNull(eventId, "eventId");
    log = List.copyOf(log);
  }

  /**
   * One attempt.
   *
   * @param attempt 1, 2, ...
   * @param at when (ISO instant)
   * @param statusCode the HTTP status answered, or null when none came
   * @param error what went wrong, or null on success
   * @param durationMillis how long it took
   */
  public record Attempt(
      int attempt,
      String at,
      @Nullable Integer statusCode,
      @Nullable String error,
      long durationMillis) {}
}
