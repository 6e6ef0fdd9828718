package dev.atelier.server.order;

import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.HeaderParameter;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.order.OrderJson.Order;
import dev.atelier.server.order.OrderJson.OrderPage;
import dev.atelier.server.order.OrderJson.OrderRequest;
import dev.atelier.server.order.OrderJson.OrderSummary;
import dev.atelier.server.order.OrderJson.ReorderRequest;
import dev.atelier.server.shared.Design;
import dev.atelier.server.upload.UploadOwner;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;

/**
 * The order routes: place (with an {@code Idempotency-Key}), history, one order, reorder,
 * reconfigure; and every order for staff. A customer only ever sees their own orders: another
 * account's order id answers 404, exactly like an unknown one. Immutable and thread-safe.
 */
public final class OrderRoutes {

  /**
   * The {@code Idempotency-Key} header of the routes that place an order, for the OpenAPI document.
   */
  public static final HeaderParameter IDEMPOTENCY_HEADER =
      new HeaderParameter(
          IdempotencyKey.HEADER,
          "Required: a key the client makes up per order (1 to 200 visible ASCII characters, e.g."
              + " a random UUID). Sending the same request again with the same key answers the"
              + " first answer instead of ordering twice; the same key with another request is"
              + " refused (422); a retry while the first request is still running waits for it (up to"
              + " 5 s, then 409: send it again).",
          "^[!-~]{1," + IdempotencyKey.MAX_LENGTH + "}$",
          true,
          HandlerType.POST,
          List.of("/api/orders", "/api/orders/{id}/reorder"));

  private static final int DEFAULT_PAGE = 50;
  private static final int MAX_PAGE = 200;

  private final OrderService service;

  /** Routes answered by {@code service}. */
  public OrderRoutes(OrderService service) {
    this.service = service;
  }

  /** The route table. */
  public List<Route> routes() {
    List<Integer> placing = List.of(409, 422, 503);
    return List.of(
        Route.post(
                "/api/orders",
                "placeOrder",
                "Place an order (201; header Idempotency-Key): re-validated and re-priced",
                OrderRequest.class,
                Order.class,
                placing,
                this::place)
            .withAccess(Access.SIGNED_IN)
            .withSuccess(201),
        Route.get(
                "/api/orders",
                "listOrders",
                "Your orders, newest first",
                OrderPage.class,
                this::mine)
            .withAccess(Access.SIGNED_IN),
        Route.get("/api/orders/{id}", "getOrder", "One of your orders", Order.class, this::one)
            .withAccess(Access.SIGNED_IN),
        Route.post(
                "/api/orders/{id}/reorder",
                "reorder",
                "Order the same configuration again (201; header Idempotency-Key), re-priced",
                ReorderRequest.class,
                Order.class,
                placing,
                this::reorder)
            .withAccess(Access.SIGNED_IN)
            .withSuccess(201),
        Route.get(
                "/api/orders/{id}/reconfigure",
                "reconfigureOrder",
                "The design of one of your orders, to open in the toolkit",
                Design.class,
                this::reconfigure)
            .withAccess(Access.SIGNED_IN),
        Route.get(
                "/api/admin/orders",
                "listAllOrders",
                "Every customer's orders, newest first",
                OrderPage.class,
                this::all)
            .withAccess(Access.STAFF));
  }

  private static Principal caller(Context ctx) {
    return Route.principal(ctx).orElseThrow(() -> new IllegalStateException("not signed in"));
  }

  private Outcome<RawJson> place(Context ctx) {
    long account = caller(ctx).accountId();
    String target = "POST /api/orders";
    return IdempotencyKey.of(ctx.header(IdempotencyKey.HEADER))
        .then(
            key -> {
              byte[] body = JsonBodies.bytes(ctx);
              KeyLookup lookup =
                  service.lookUp(account, key, IdempotencyKey.bodyHash(target, body));
              Optional<Outcome<RawJson>> same = lookup.sameBytes();
              if (same.isPresent()) {
                return same.get(); // a retry byte for byte: its body was checked the first time
              }
              return JsonBodies.read(body, OrderRequest.class)
                  .then(
                      r -> {
                        Optional<Problem> p = OrderService.checkQuantity(r.quantity(), "quantity");
                        if (p.isEmpty() && r.design() == null) {
                          p = Optional.of(Problem.badRequest("design", "'design' is required"));
                        }
                        if (p.isPresent()) {
                          return Outcome.rejected(p.get());
                        }
                        return service.place(
                            account,
                            lookup,
                            IdempotencyKey.hash(target, r),
                            new OrderService.Artwork(
                                r.design(),
                                r.artwork() == null ? java.util.Map.of() : r.artwork(),
                                UploadOwner.callers(ctx, account)),
                            "design",
                            r.texts(),
                            r.quantity(),
                            null);
                      });
            });
  }

  private Outcome<OrderPage> mine(Context ctx) {
    return page(ctx, caller(ctx).accountId());
  }

  private Outcome<OrderPage> all(Context ctx) {
    return page(ctx, null);
  }

  private Outcome<OrderPage> page(Context ctx, @Nullable Long account) {
    Outcome<Long> before = longParam(ctx.queryParam("before"), "before", Long.MAX_VALUE);
    Outcome<Long> limit = longParam(ctx.queryParam("limit"), "limit", DEFAULT_PAGE);
    return before.then(
        b ->
            limit.then(
                l -> {
                  if (l < 1 || l > MAX_PAGE) {
                    return Outcome.rejected(
                        Problem.badRequest("limit", "limit must be 1 to " + MAX_PAGE));
                  }
                  List<OrderSummary> orders = service.queries().page(account, b, l.intValue());
                  Long next = orders.size() < l ? null : orders.get(orders.size() - 1).id();
                  return Outcome.ok(new OrderPage(orders, next));
                }));
  }

  private Outcome<Order> one(Context ctx) {
    return own(ctx).map(OrderQueries.Owned::order);
  }

  private Outcome<Design> reconfigure(Context ctx) {
    return own(ctx).map(o -> o.order().design());
  }

  private Outcome<RawJson> reorder(Context ctx) {
    long account = caller(ctx).accountId();
    return own(ctx)
        .then(
            original ->
                IdempotencyKey.of(ctx.header(IdempotencyKey.HEADER))
                    .then(
                        key ->
                            JsonBodies.read(JsonBodies.bytes(ctx), ReorderRequest.class)
                                .then(
                                    r -> {
                                      Order o = original.order();
                                      int quantity =
                                          r.quantity() == null ? o.quantity() : r.quantity();
                                      Optional<Problem> p =
                                          OrderService.checkQuantity(quantity, "quantity");
                                      if (p.isPresent()) {
                                        return Outcome.rejected(p.get());
                                      }
                                      String hash =
                                          IdempotencyKey.hash(
                                              "POST /api/orders/" + o.id() + "/reorder",
                                              new ReorderRequest(quantity));
                                      return service.place(
                                          account,
                                          service.lookUp(account, key, null),
                                          hash,
                                          new OrderService.Artwork(
                                              service.current(o.design()), o.artwork(), null),
                                          "design",
                                          o.texts(),
                                          quantity,
                                          o.id());
                                    })));
  }

  /** The caller's order named by the path, or 404 (unknown, or another account's). */
  private Outcome<OrderQueries.Owned> own(Context ctx) {
    String raw = ctx.pathParam("id");
    long id;
    try {
      id = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      return Outcome.rejected(notFound(raw));
    }
    long account = caller(ctx).accountId();
    Optional<OrderQueries.Owned> found = service.queries().find(id);
    if (found.isEmpty() || found.get().accountId() != account) {
      return Outcome.rejected(notFound(raw));
    }
    return Outcome.ok(found.get());
  }

  private static Problem notFound(String id) {
    return Problem.of(
        404, "order-not-found", "No such order", "you have no order '" + Echo.of(id) + "'", "id");
  }

  private static Outcome<Long> longParam(String raw, String name, long fallback) {
    if (raw == null) {
      return Outcome.ok(fallback);
    }
    try {
      return Outcome.ok(Long.parseLong(raw));
    } catch (NumberFormatException e) {
      return Outcome.rejected(Problem.badRequest(name, "'" + name + "' must be an integer"));
    }
  }
}
