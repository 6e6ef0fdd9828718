package dev.atelier.server.events;

import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * The admin routes for webhooks and their delivery log ({@link Access#ADMIN}, checked by the
 * server). Thread-safe. Routes on {@code jdbi} accepting the URLs {@code targets} allow.
 */
public record WebhookRoutes(Jdbi jdbi, Clock clock, WebhookTargets targets) {

  /** Most deliveries the log lists. */
  static final int LOG_LIMIT = 200;

  private static final SecureRandom SECRETS = new SecureRandom();

  /**
   * {@code POST /api/webhooks}.
   *
   * @param url an http(s) URL events are POSTed to
   * @param events event types to receive; absent or empty for all
   */
  public record WebhookRequest(String url, @Nullable List<String> events) {}

  /**
   * A new webhook with its signing secret, shown only now.
   *
   * @param webhook the webhook
   * @param secret the HMAC-SHA256 key of its {@code Atelier-Signature} header
   */
  public record WebhookCreated(Webhook webhook, String secret) {}

  /** {@code GET /api/webhooks}. */
  public record WebhookList(List<Webhook> webhooks) {}

  /** {@code GET /api/webhooks/deliveries}: newest first. */
  public record DeliveryLog(List<Delivery> deliveries) {}

  /** The route table. */
  public List<Route> routes() {
    return Stream.of(
            Route.post(
                    "/api/webhooks",
                    "webhookCreate",
                    "Add a webhook (admin); the answer carries its signing secret, shown once",
                    WebhookRequest.class,
                    WebhookCreated.class,
                    List.of(422),
                    this::create)
                .withSuccess(201),
            Route.get(
                "/api/webhooks",
                "webhookList",
                "Configured webhooks (admin)",
                WebhookList.class,
                ctx -> Outcome.ok(new WebhookList(jdbi.withHandle(WebhookStore::all)))),
            Route.post(
                "/api/webhooks/{id}/disable",
                "webhookDisable",
                "Stop sending events to a webhook (admin); its pending deliveries wait until it is"
                    + " enabled again",
                null,
                Webhook.class,
                List.of(404),
                ctx -> setActive(ctx, false)),
            Route.post(
                "/api/webhooks/{id}/enable",
                "webhookEnable",
                "Send new events to a disabled webhook again (admin)",
                null,
                Webhook.class,
                List.of(404),
                ctx -> setActive(ctx, true)),
            Route.get(
                "/api/webhooks/deliveries",
                "webhookDeliveries",
                "The delivery log: latest deliveries with every attempt (admin)",
                DeliveryLog.class,
                ctx ->
                    Outcome.ok(
                        new DeliveryLog(
                            jdbi.withHandle(h -> WebhookStore.deliveries(h, LOG_LIMIT))))),
            Route.post(
                "/api/webhooks/deliveries/{id}/retry",
                "webhookDeliveryRetry",
                "Retry a dead delivery (admin): a new series of attempts, the first at once",
                null,
                Delivery.class,
                List.of(404, 409),
                this::retry))
        .map(r -> r.withAccess(Access.ADMIN))
        .toList();
  }

  private Outcome<?> create(Context ctx) {
    return JsonBodies.read(ctx.bodyAsBytes(), WebhookRequest.class)
        .then(
            r -> {
              Optional<Problem> bad = checkUrl(r.url());
              if (bad.isPresent()) {
                return Outcome.rejected(bad.get());
              }
              List<String> events =
                  r.events() == null || r.events().isEmpty() ? List.of("*") : r.events();
              for (int i = 0; i < events.size(); i++) {
                String e = events.get(i);
                if (e == null || !(e.equals("*") || Webhook.EVENT_TYPES.contains(e))) {
                  return Outcome.rejected(
                      Problem.of(
                          422,
                          "unknown-event-type",
                          "Unknown event type",
                          "event types are " + Webhook.EVENT_TYPES + " or *, not '" + e + "'",
                          "events[" + i + "]"));
                }
              }
              byte[] key = new byte[32];
              SECRETS.nextBytes(key);
              String secret = "whsec_" + HexFormat.of().formatHex(key);
              Webhook created =
                  jdbi.withHandle(
                      h -> WebhookStore.create(h, r.url(), secret, events, clock.instant()));
              return Outcome.created(new WebhookCreated(created, secret));
            });
  }

  private Outcome<?> setActive(Context ctx, boolean active) {
    String id = ctx.pathParam("id");
    Optional<Webhook> changed = Optional.empty();
    if (id.matches("\\d{1,18}")) {
      long webhook = Long.parseLong(id);
      changed = jdbi.withHandle(h -> WebhookStore.setActive(h, webhook, active));
    }
    return changed
        .<Outcome<?>>map(Outcome::ok)
        .orElseGet(
            () -> Outcome.rejected(Problem.notFound("id", "no webhook '" + Echo.of(id) + "'")));
  }

  private Outcome<?> retry(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<Delivery> found = Optional.empty();
    long delivery = -1;
    if (id.matches("\\d{1,18}")) {
      delivery = Long.parseLong(id);
      long d = delivery;
      found = jdbi.withHandle(h -> WebhookStore.delivery(h, d));
    }
    if (found.isEmpty()) {
      return Outcome.rejected(Problem.notFound("id", "no delivery '" + Echo.of(id) + "'"));
    }
    long d = delivery;
    if (!jdbi.withHandle(h -> WebhookStore.retry(h, d, clock.instant()))) {
      return Outcome.rejected(
          Problem.of(
              409,
              "not-dead",
              "Not a dead delivery",
              "delivery " + id + " is " + found.get().status() + "; only dead ones are retried",
              "id"));
    }
    return Outcome.ok(jdbi.withHandle(h -> WebhookStore.delivery(h, d)).orElseThrow());
  }

  private Optional<Problem> checkUrl(String url) {
    if (url == null) {
      return Optional.of(Problem.badRequest("url", "'url' is required"));
    }
    WebhookTargets.Checked checked = targets.check(url);
    if (checked.target() != null) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.of(
            422,
            "invalid-url",
            "Invalid webhook URL",
            Objects.requireNonNull(checked.problem(), "problem"),
            "url"));
  }
}
