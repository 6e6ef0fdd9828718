package dev.atelier.server.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Webhooks and their delivery log (tables {@code webhook}, {@code webhook_delivery}, {@code
 * webhook_attempt}). Stateless and thread-safe; every call runs on the caller's handle.
 */
public final class WebhookStore {

  private WebhookStore() {}

  /** Adds an active webhook receiving {@code events} signed with {@code secret}. */
  public static Webhook create(
      Handle h, String url, String secret, List<String> events, Instant now) {
    long id =
        h.createUpdate(
                "INSERT INTO webhook (url, secret, event_types, active, created_at)"
                    + " VALUES (:url, :secret, :events, TRUE, :now)")
            .bind("url", url)
            .bind("secret", secret)
            .bind("events", String.join(",", events))
            .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    return new Webhook(id, url, events, true, now.toString());
  }

  /** Sets whether webhook {@code id} receives new events; the webhook after it, if it exists. */
  public static Optional<Webhook> setActive(Handle h, long id, boolean active) {
    int changed =
        h.createUpdate("UPDATE webhook SET active = :active WHERE id = :id")
            .bind("active", active)
            .bind("id", id)
            .execute();
    return changed == 0 ? Optional.empty() : all(h).stream().filter(w -> w.id() == id).findFirst();
  }

  /** Every webhook, oldest first. */
  public static List<Webhook> all(Handle h) {
    return h.createQuery("SELECT id, url, event_types, active, created_at FROM webhook ORDER BY id")
        .map(
            (rs, ctx) ->
                new Webhook(
                    rs.getLong(1),
                    rs.getString(2),
                    Arrays.asList(rs.getString(3).split(",")),
                    rs.getBoolean(4),
                    rs.getObject(5, OffsetDateTime.class).toInstant().toString()))
        .list();
  }

  /** The latest {@code limit} deliveries, newest first, each with its attempts. */
  public static List<Delivery> deliveries(Handle h, int limit) {
    return deliveries(h, limit, Long.MAX_VALUE);
  }

  /**
   * Delivery {@code id} with its attempts, if it exists.
   *
   * @param h the handle
   * @param id the delivery
   */
  public static Optional<Delivery> delivery(Handle h, long id) {
    return deliveries(h, 1, id).stream().filter(d -> d.id() == id).findFirst();
  }

  /**
   * Gives dead delivery {@code id} a new series of attempts, the first due at {@code now}: whether
   * it was dead (a delivery that is not dead is left alone).
   */
  public static boolean retry(Handle h, long id, Instant now) {
    return h.createUpdate(
                "UPDATE webhook_delivery SET dead = FALSE, series_start = attempts,"
                    + " next_attempt_ms = :now WHERE id = :id AND dead = TRUE")
            .bind("now", now.toEpochMilli())
            .bind("id", id)
            .execute()
        == 1;
  }

  private static List<Delivery> deliveries(Handle h, int limit, long below) {
    List<Delivery> bare =
        h.createQuery(
                "SELECT id, webhook_id, event_id, order_id, order_seq, type, status, attempts,"
                    + " next_attempt_ms, delivered_ms, dead FROM webhook_delivery"
                    + " WHERE id <= :below ORDER BY id DESC LIMIT :limit")
            .bind("limit", limit)
            .bind("below", below)
            .map(
                (rs, ctx) -> {
                  boolean dead = rs.getBoolean(11);
                  String status = dead ? Delivery.DEAD : rs.getString(7);
                  boolean pending = status.equals("pending");
                  long next = rs.getLong(9);
                  long delivered = rs.getLong(10);
                  String deliveredAt =
                      rs.wasNull() ? null : Instant.ofEpochMilli(delivered).toString();
                  return new Delivery(
                      rs.getLong(1),
                      rs.getLong(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getLong(5),
                      rs.getString(6),
                      status,
                      rs.getInt(8),
                      pending ? Instant.ofEpochMilli(next).toString() : null,
                      deliveredAt,
                      List.of());
                })
            .list();
    return bare.stream().map(d -> withLog(h, d)).toList();
  }

  private static Delivery withLog(Handle h, Delivery d) {
    List<Delivery.Attempt> log =
        h.createQuery(
                "SELECT attempt, attempted_ms, status_code, error, duration_ms FROM webhook_attempt"
                    + " WHERE delivery_id = :id ORDER BY attempt")
            .bind("id", d.id())
            .map(
                (rs, ctx) -> {
                  int status = rs.getInt(3);
                  Integer code = rs.wasNull() ? null : status;
                  return new Delivery.Attempt(
                      rs.getInt(1),
                      Instant.ofEpochMilli(rs.getLong(2)).toString(),
                      code,
                      rs.getString(4),
                      rs.getLong(5));
                })
            .list();
    return new Delivery(
        d.id(),
        d.webhookId(),
        d.eventId(),
        d.orderId(),
        d.sequence(),
        d.type(),
        d.status(),
        d.attempts(),
        d.nextAttemptAt(),
        d.deliveredAt(),
        log);
  }
}
