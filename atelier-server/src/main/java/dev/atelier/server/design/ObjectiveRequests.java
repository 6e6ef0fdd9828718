package dev.atelier.server.design;

import static dev.atelier.server.design.DesignResolver.missing;
import static dev.atelier.server.design.DesignResolver.rejected;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Objective;
import dev.atelier.server.design.DesignJson.CompleteRequest;
import dev.atelier.server.http.NumberRange;
import dev.atelier.server.http.NumberRanges;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the objective of a {@code POST /api/designs/complete} request: {@code cheapest}, or {@code
 * preferred} with weighted wishes. Thread-safe.
 */
final class ObjectiveRequests {

  /** Largest preference weight. */
  static final int MAX_WEIGHT = 1_000_000;

  private static final NumberRange WEIGHT = NumberRanges.of(DesignJson.Preference.class, "weight");

  private ObjectiveRequests() {}

  /** The objective the request names, its preferences checked against {@code d}, or the problem. */
  static Outcome<Objective> check(ResolvedDesign d, CompleteRequest r) {
    Optional<Problem> p = missing(r.objective(), "objective");
    if (p.isPresent()) {
      return Outcome.rejected(p.get());
    }
    if (r.objective().equals("cheapest")) {
      return r.preferences() == null || r.preferences().isEmpty()
          ? Outcome.ok(Objective.cheapest())
          : Outcome.rejected(Problem.badRequest("preferences", "'cheapest' takes no preferences"));
    }
    if (!r.objective().equals("preferred")) {
      return Outcome.rejected(
          Problem.of(
              422,
              ProblemType.UNKNOWN_OBJECTIVE,
              "Unknown objective",
              "objective is 'cheapest' or 'preferred', not '" + r.objective() + "'",
              "objective"));
    }
    if (r.preferences() == null || r.preferences().isEmpty()) {
      return Outcome.rejected(Problem.badRequest("preferences", "'preferred' needs preferences"));
    }
    List<dev.atelier.engine.session.Preference> wishes = new ArrayList<>();
    for (int i = 0; i < r.preferences().size(); i++) {
      DesignJson.Preference w = r.preferences().get(i);
      String field = "preferences[" + i + "]";
      p =
          missing(w, field)
              .or(() -> missing(w.attribute(), field + ".attribute"))
              .or(() -> missing(w.value(), field + ".value"));
      Outcome<Decision> wish =
          p.isPresent()
              ? Outcome.rejected(p.get())
              : DesignResolver.decision(d.product(), w.attribute(), w.value(), field);
      p = rejected(wish);
      if (p.isEmpty() && w.weight() != null) {
        p = NumberRanges.problem(WEIGHT, w.weight(), field + ".weight");
      }
      if (p.isPresent()) {
        return Outcome.rejected(p.get());
      }
      Decision wished = ((Outcome.Ok<Decision>) wish).value();
      Expr condition =
          wished.isUnset()
              ? Expr.not(new Expr.IsSet(wished.attribute()))
              : Expr.is(wished.attribute(), wished.value());
      wishes.add(
          new dev.atelier.engine.session.Preference(
              condition, w.weight() == null ? 1 : w.weight()));
    }
    return Outcome.ok(Objective.preferred(wishes));
  }
}
