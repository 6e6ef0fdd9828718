package dev.atelier.server.events;

import java.util.List;
import java.util.Objects;

/**
 * A configured webhook, as admins see it (without its secret). Immutable and thread-safe.
 *
 * @param id the id
 * @param url where events are POSTed
 * @param events the event types it receives ({@code *} for all)
 * @param active whether it receives new events
 * @param createdAt when it was added (ISO instant)
 */
public record Webhook(long id, String url, List<String> events, boolean active, String createdAt) {

  /** Every event type Atelier sends. */
  public static final List<String> EVENT_TYPES =
      List.of(
          "order.placed",
          "print-files.ready",
          "production.started",
          "production.completed",
          "order.shipped",
          "wish.met");

  public Webhook {
    Objects.requireNonNull(url, "url");
    events = List.copyOf(events);
  }

  /** Whether this webhook receives events of {@code type}. */
  public boolean receives(String type) {
    return events.contains("*") || events.contains(type);
  }
}
