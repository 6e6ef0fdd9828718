package dev.atelier.server.design;

import static dev.atelier.server.design.DesignResolver.missing;
import static dev.atelier.server.design.DesignResolver.rejected;

import dev.atelier.engine.session.Decision;
import dev.atelier.server.design.DesignJson.Change;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the repair steps of a request (field {@code repair}) against the design they repair: each
 * names a known attribute and value, and the value it replaces is the design's. Thread-safe.
 */
final class RepairRequests {

  private RepairRequests() {}

  /** The checked steps of {@code repair} for {@code d}, or the first problem. */
  static Outcome<List<Decision>> steps(ResolvedDesign d, @Nullable List<Change> repair) {
    Optional<Problem> p = missing(repair, "repair");
    if (repair == null || p.isPresent()) {
      return Outcome.rejected(p.orElseThrow());
    }
    List<Decision> steps = new ArrayList<>();
    for (int i = 0; i < repair.size(); i++) {
      Outcome<Decision> step = step(d, repair.get(i), "repair[" + i + "]");
      if (step instanceof Outcome.Rejected<Decision> r) {
        return Outcome.rejected(r.problem());
      }
      steps.add(((Outcome.Ok<Decision>) step).value());
    }
    return Outcome.ok(steps);
  }

  /** One repair step (request field {@code field}) checked, or its problem. */
  static Outcome<Decision> step(ResolvedDesign d, Change c, String field) {
    Optional<Problem> p =
        missing(c, field)
            .or(() -> missing(c.attribute(), field + ".attribute"))
            .or(() -> missing(c.newValue(), field + ".newValue"));
    if (p.isPresent()) {
      return Outcome.rejected(p.get());
    }
    Outcome<Decision> step =
        DesignResolver.decision(d.product(), c.attribute(), c.newValue(), field);
    p =
        rejected(step)
            .map(x -> x.field() == null ? x : x.at(x.field().replace(".value", ".newValue")));
    if (p.isEmpty() && !d.decided(c.attribute()).equals(Optional.ofNullable(c.oldValue()))) {
      p =
          Optional.of(
              Problem.of(
                      409,
                      ProblemType.STALE_REPAIR,
                      "The repair does not fit the design",
                      "'"
                          + c.attribute()
                          + "' is "
                          + d.decided(c.attribute()).orElse("undecided")
                          + " in the design, the repair expects "
                          + Optional.ofNullable(c.oldValue()).orElse("undecided"),
                      field + ".oldValue")
                  .about(c.attribute(), c.oldValue()));
    }
    return p.isPresent() ? Outcome.rejected(p.get()) : step;
  }
}
