package dev.atelier.server.feedback;

import dev.atelier.server.feedback.FeedbackJson.TriageRequest;
import dev.atelier.server.feedback.FeedbackJson.Triaged;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.http.TextFields;
import dev.atelier.server.wishes.WishRoutes;
import dev.atelier.server.wishes.WishStore;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Triage of a wish by its department ({@code POST /api/wishes/{id}/triage}, product managers): new,
 * accepted with the draft that addresses it, declined with a reason. Thread-safe.
 */
record TriageRoutes(WishStore wishes, FeedbackStore store) {

  /** The states triage sets; met comes from publishing. */
  static final List<String> STATES = List.of("new", "accepted", "declined");

  List<Route> routes() {
    return List.of(
        Route.post(
                "/api/wishes/{id}/triage",
                "triageWish",
                "Sets a wish new, accepted (linked to a draft) or declined (with a reason)",
                TriageRequest.class,
                Triaged.class,
                List.of(404, 409, 422),
                this::triage)
            .withAccess(Access.PRODUCT_MANAGER));
  }

  private Outcome<Triaged> triage(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      return Outcome.rejected(unknown(ctx.pathParam("id")));
    }
    Optional<WishStore.Stored> wish = wishes.find(id);
    if (wish.isEmpty()) {
      return Outcome.rejected(unknown(ctx.pathParam("id")));
    }
    return JsonBodies.read(ctx.bodyAsBytes(), TriageRequest.class)
        .then(r -> checked(wish.get(), r));
  }

  private Outcome<Triaged> checked(WishStore.Stored wish, TriageRequest r) {
    if (r.state() == null || !STATES.contains(r.state())) {
      return bad("state", "a state is one of " + String.join(", ", STATES));
    }
    String draft = r.state().equals("accepted") ? r.draft() : null;
    String reason = r.state().equals("declined") ? r.reason() : null;
    if (r.state().equals("accepted")
        && (draft == null || !store.isDraft(wish.wish().product(), draft))) {
      return bad("draft", "an accepted wish names a draft version of " + wish.wish().product());
    }
    if (r.state().equals("declined")) {
      if (reason == null || reason.isBlank() || reason.length() > WishRoutes.MAX_TEXT) {
        return bad("reason", "a reason is 1 to " + WishRoutes.MAX_TEXT + " characters");
      }
      Optional<Problem> p = TextFields.plain(reason, "reason", true);
      if (p.isPresent()) {
        return Outcome.rejected(p.get());
      }
      reason = reason.strip();
    }
    if (!wishes.triage(wish.id(), r.state(), draft, reason)) {
      return Outcome.rejected(
          Problem.of(
              409,
              "state-conflict",
              "Already met",
              "wish " + wish.id() + " was met by a published version",
              "state"));
    }
    return Outcome.ok(new Triaged(wish.id(), r.state(), draft, reason));
  }

  private static Problem unknown(String id) {
    return Problem.of(404, "unknown-wish", "Unknown wish", "no wish " + Echo.of(id), "id");
  }

  private static <T> Outcome<T> bad(String field, String detail) {
    return Outcome.rejected(Problem.badRequest(field, detail));
  }
}
