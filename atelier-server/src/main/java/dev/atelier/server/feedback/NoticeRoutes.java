package dev.atelier.server.feedback;

import dev.atelier.server.feedback.FeedbackJson.Notice;
import dev.atelier.server.feedback.FeedbackJson.Notices;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The customer's notices of wishes met ({@code GET /api/notices}: their own only, not dismissed)
 * and dismissing one ({@code DELETE /api/notices/{wish}}: another's, or one that is no notice,
 * answers 404). Reading first meets the wishes of versions that became effective since the last
 * sweep. Thread-safe.
 */
record NoticeRoutes(FeedbackStore store, WishesMet wishesMet, Clock clock) {

  /** Notices a customer sees. */
  static final int NOTICES = 50;

  List<Route> routes() {
    return List.of(
        Route.get(
                "/api/notices",
                "notices",
                "The signed-in customer's wishes that a published version met, not dismissed",
                Notices.class,
                this::notices)
            .withAccess(Access.SIGNED_IN),
        new Route(
            HandlerType.DELETE,
            "/api/notices/{wish}",
            "dismissNotice",
            "Dismisses one of the caller's notices (another's answers 404)",
            null,
            Notice.class,
            List.of(404),
            Access.SIGNED_IN,
            this::dismiss));
  }

  private Outcome<Notices> notices(Context ctx) {
    wishesMet.sweep();
    return Outcome.ok(new Notices(store.notices(account(ctx), NOTICES)));
  }

  private Outcome<Notice> dismiss(Context ctx) {
    long wish;
    try {
      wish = Long.parseLong(ctx.pathParam("wish"));
    } catch (NumberFormatException e) {
      return Outcome.rejected(unknown(ctx.pathParam("wish")));
    }
    long account = account(ctx);
    Optional<Notice> notice = store.notice(account, wish);
    if (notice.isEmpty() || !store.dismiss(account, wish, clock.instant())) {
      return Outcome.rejected(unknown(ctx.pathParam("wish")));
    }
    return Outcome.ok(notice.get());
  }

  private static long account(Context ctx) {
    return Route.principal(ctx).map(Principal::accountId).orElseThrow();
  }

  private static Problem unknown(String wish) {
    return Problem.of(
        404, "unknown-notice", "Unknown notice", "you have no notice " + Echo.of(wish), "wish");
  }
}
