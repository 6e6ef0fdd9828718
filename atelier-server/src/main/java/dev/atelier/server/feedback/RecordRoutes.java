package dev.atelier.server.feedback;

import dev.atelier.server.catalogue.CatalogueRefs;
import dev.atelier.server.catalogue.ProductFamily;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.feedback.FeedbackJson.RecordRequest;
import dev.atelier.server.feedback.FeedbackJson.Recorded;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.http.TextFields;
import dev.atelier.server.wishes.Wish;
import dev.atelier.server.wishes.WishRoutes;
import dev.atelier.server.wishes.WishStore;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Employees record customer input ({@code POST /api/feedback/wishes}): a phone call, a showroom
 * visit, an e-mail, a complaint on an order or a scrap/rework note on a production operation, with
 * the customer or order it concerns. It is routed like a customer's wish. Thread-safe.
 */
record RecordRoutes(CatalogueRefs refs, WishStore wishes, FeedbackStore store, Clock clock) {

  /** How employees hear customers. */
  static final List<String> CHANNELS =
      List.of("phone", "showroom", "email", "complaint", "production");

  Route route() {
    return Route.post(
            "/api/feedback/wishes",
            "recordWish",
            "An employee records a customer's wish (channel, customer or order, attribute)",
            RecordRequest.class,
            Recorded.class,
            List.of(404, 422),
            this::record)
        .withAccess(Access.EMPLOYEE)
        .withSuccess(201);
  }

  private Outcome<Recorded> record(Context ctx) {
    Principal who = Route.principal(ctx).orElseThrow();
    return JsonBodies.read(ctx.bodyAsBytes(), RecordRequest.class).then(r -> checked(r, who));
  }

  private Outcome<Recorded> checked(RecordRequest r, Principal who) {
    if (r.channel() == null || !CHANNELS.contains(r.channel())) {
      return bad("channel", "a channel is one of " + String.join(", ", CHANNELS));
    }
    if (r.text() == null || r.text().isBlank() || r.text().length() > WishRoutes.MAX_TEXT) {
      return bad("text", "a wish is 1 to " + WishRoutes.MAX_TEXT + " characters");
    }
    Optional<Problem> p = TextFields.plain(r.text(), "text", true);
    if (p.isPresent()) {
      return Outcome.rejected(p.get());
    }
    Long orderId = r.order();
    if (r.operation() != null) {
      Optional<FeedbackStore.OperationRef> op = store.operation(r.operation());
      if (op.isEmpty()) {
        return Outcome.rejected(
            Problem.notFound("operation", "no operation " + Echo.of(r.operation())));
      }
      orderId = op.get().orderId();
    }
    Optional<FeedbackStore.OrderRef> order =
        orderId == null ? Optional.empty() : store.order(orderId);
    if (orderId != null && order.isEmpty()) {
      return Outcome.rejected(
          Problem.of(
              404, "unknown-order", "Unknown order", "no order " + Echo.of(orderId), "order"));
    }
    Long account = order.map(FeedbackStore.OrderRef::accountId).orElse(null);
    if (r.customer() != null) {
      Optional<Long> byEmail = store.accountByEmail(r.customer());
      if (byEmail.isEmpty()) {
        return Outcome.rejected(
            Problem.of(
                404,
                "unknown-account",
                "Unknown customer",
                "no account " + r.customer(),
                "customer"));
      }
      if (account != null && !account.equals(byEmail.get())) {
        return bad("customer", "the order belongs to another customer");
      }
      account = byEmail.get();
    }
    String product = r.product() != null ? r.product() : order.map(o -> o.product()).orElse(null);
    if (product == null) {
      return bad("product", "'product' is required without an order");
    }
    String version = r.version();
    if (version == null) {
      version =
          order.isPresent() && order.get().product().equals(product)
              ? order.get().version()
              : refs.catalogue().family(product).map(ProductFamily::current).orElse("");
    }
    Long customer = account;
    Long concerns = order.map(FeedbackStore.OrderRef::id).orElse(null);
    return refs.product(product, version, "")
        .then(
            pv -> {
              Optional<Problem> bad = refs.attribute(pv, r.attribute(), "attribute");
              return bad.isPresent() ? Outcome.<ProductVersion>rejected(bad.get()) : Outcome.ok(pv);
            })
        .map(
            pv -> {
              Wish wish =
                  Wish.made(
                      clock.instant(),
                      pv,
                      r.attribute(),
                      r.text(),
                      customer == null ? "e:" + who.accountId() : "a:" + customer,
                      customer,
                      List.of());
              long id = wishes.insert(wish, r.channel(), who.email(), concerns);
              return new Recorded(id, wish.department(), customer);
            })
        .then(Outcome::created);
  }

  private static <T> Outcome<T> bad(String field, String detail) {
    return Outcome.rejected(Problem.badRequest(field, detail));
  }
}
