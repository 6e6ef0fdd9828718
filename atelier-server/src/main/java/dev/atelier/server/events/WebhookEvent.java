package dev.atelier.server.events;

import java.util.Objects;

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
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(data, "data");
  }
}
