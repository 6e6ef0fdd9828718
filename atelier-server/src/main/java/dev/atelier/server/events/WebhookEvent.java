package dev.atelier.server.events;

import dev.atelier.server.http.Require;

/**
 * The JSON body of one webhook delivery. Receivers deduplicate by {@code id} (delivery is at least
 * once) and may check {@code sequence}, which grows by one per event of the same order. Immutable
 * and thread-safe.
 *
 * @param id the event id (a UUID), unique
 * @param type the event type ({@code order.placed}, {@code production.started}, ...)
 * @param orderId the order it belongs to
 * @param sequence 1, 2, 3, ... per order
 * @param occurredAt when the state changed (ISO instant)
 * @param data the type's payload
 */
public record WebhookEvent(
    String id, String type, String orderId, long sequence, String occurredAt, EventData data) {

  public WebhookEvent {
    Require.nonNull("id type orderId occurredAt data", id, type, orderId, occurredAt, data);
  }
}
