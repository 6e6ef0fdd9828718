package dev.atelier.server.http;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a request that gives a query parameter, or one of the single-valued headers a route
 * reads, more than once: a route reads the first and a proxy or a retrying client may go by the
 * last (before session 21 {@code ?quantity=2&quantity=5000} quoted 2 and three {@code
 * Idempotency-Key} headers placed an order under the first). No route takes a list in its query.
 * Checked before the caller is identified, for every route. Stateless.
 */
final class RepeatedInputs {

  private RepeatedInputs() {}

  /** The headers some route or the authenticator reads as one value. */
  static final List<String> SINGLE_HEADERS =
      List.of(
          "Authorization",
          "Content-Type",
          "X-CSRF-Token",
          "Idempotency-Key",
          "Atelier-Design-Session");

  /** A 400 naming the first query parameter or single header given more than once, if any. */
  static Optional<Problem> problem(Context ctx) {
    for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
      if (p.getValue().size() > 1) {
        return Optional.of(twice(p.getKey(), p.getValue().size(), "query parameter"));
      }
    }
    for (String name : SINGLE_HEADERS) {
      int n = Collections.list(ctx.req().getHeaders(name)).size();
      if (n > 1) {
        return Optional.of(twice(name, n, "header"));
      }
    }
    return Optional.empty();
  }

  private static Problem twice(String name, int times, String what) {
    return Problem.badRequest(
        Echo.of(name),
        "the " + what + " '" + Echo.of(name) + "' is given " + times + " times; send it once");
  }
}
