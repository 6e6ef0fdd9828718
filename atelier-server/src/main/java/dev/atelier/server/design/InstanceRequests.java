package dev.atelier.server.design;

import static dev.atelier.server.design.DesignResolver.missing;

import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.server.design.DesignJson.InstancesRequest;
import dev.atelier.server.design.InstanceMoves.Action;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import java.util.Locale;
import java.util.Optional;

/** Checks a {@code POST /api/designs/instances} request and builds the new design. Thread-safe. */
final class InstanceRequests {

  private InstanceRequests() {}

  /** The design after the request's action, or the problem with the request. */
  static Outcome<ResolvedDesign> check(InstancesRequest r, ResolvedDesign d) {
    Optional<Problem> p = missing(r.slot(), "slot").or(() -> missing(r.action(), "action"));
    if (p.isPresent()) {
      return Outcome.rejected(p.get());
    }
    Optional<IntegerAttribute> count = InstanceMoves.countOf(d.product().model(), r.slot());
    if (count.isEmpty()) {
      return Outcome.rejected(
          Problem.of(
                  422,
                  ProblemType.UNKNOWN_ATTRIBUTE,
                  "Unknown slot",
                  "the product has no module slot '" + r.slot() + "'",
                  "slot")
              .about(r.slot(), null));
    }
    Action action;
    try {
      action = Action.valueOf(r.action().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Outcome.rejected(
          Problem.badRequest("action", "action is add, remove, duplicate or move"));
    }
    int n = InstanceMoves.current(d, count.get());
    int i = r.instance() == null ? 0 : r.instance();
    if (action != Action.ADD && (i < 1 || i > n)) {
      return Outcome.rejected(range("instance", "instance must be 1 to " + n + ", got " + i));
    }
    int to = r.to() == null ? 0 : r.to();
    if (action == Action.MOVE && (to < 1 || to > n)) {
      return Outcome.rejected(range("to", "to must be 1 to " + n + ", got " + to));
    }
    int size = n + (action == Action.ADD || action == Action.DUPLICATE ? 1 : 0);
    size -= action == Action.REMOVE ? 1 : 0;
    if (size < count.get().min() || size > count.get().max()) {
      return Outcome.rejected(
          range(
                  "action",
                  "'"
                      + r.slot()
                      + "' holds "
                      + count.get().min()
                      + " to "
                      + count.get().max()
                      + " instances, not "
                      + size)
              .about(r.slot(), Integer.toString(size)));
    }
    return Outcome.ok(
        new ResolvedDesign(d.product(), InstanceMoves.apply(d, r.slot(), n, action, i, to)));
  }

  private static Problem range(String field, String detail) {
    return Problem.of(422, ProblemType.OUT_OF_RANGE, "Value out of range", detail, field);
  }
}
