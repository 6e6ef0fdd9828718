package dev.atelier.engine.oracle;

import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.RepairOption;
import dev.atelier.engine.session.RepairStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The explanation checks of a {@link ModelRun} state: explanations of refused and offered values,
 * minimal retractions, and the repairs they propose, applied and undone.
 */
final class ExplanationChecks {
  private final ModelRun run;
  private final OracleCalls calls;
  private final Set<String> ruleIds;

  ExplanationChecks(ModelRun run, OracleCalls calls) {
    this.run = run;
    this.calls = calls;
    this.ruleIds = run.model.constraints().stream().map(Constraint::id).collect(Collectors.toSet());
  }

  /** Explains up to two refused values and, sometimes, an offered one. */
  void check(List<Decision> decisions, Map<String, BruteForceOracle.Domain> doms) {
    List<Decision> refused = new ArrayList<>();
    List<Decision> offered = new ArrayList<>();
    for (Attribute a : run.model.attributes()) {
      BruteForceOracle.Domain d = doms.get(a.id());
      for (String v : a.valueIds()) {
        (d.offered().contains(v) ? offered : refused).add(new Decision(a.id(), v));
      }
      if (a.optional()) {
        (d.unsetPossible() ? offered : refused).add(new Decision(a.id(), Decision.UNSET));
      }
    }
    for (int i = 0; i < 2 && !refused.isEmpty(); i++) {
      explainRefused(decisions, refused.remove(run.random.nextInt(refused.size())));
    }
    if (!offered.isEmpty() && run.random.nextInt(4) == 0) {
      Decision w = offered.get(run.random.nextInt(offered.size()));
      Explanation e =
          calls.answer(
              run.session.explain(w.attribute(), w.value(), calls.deadline()),
              "explain(" + w + ") of an offered value");
      run.check(
          e == null || e.reachable() && e.retract().isEmpty(),
          () -> "explain(" + w + ") of an offered value: " + e);
    }
  }

  private void explainRefused(List<Decision> decisions, Decision wanted) {
    String call = "explain(" + wanted.attribute() + ", " + wanted.value() + ")";
    Explanation e =
        calls.answer(
            run.session.explain(wanted.attribute(), wanted.value(), calls.deadline()), call);
    if (e == null) {
      return;
    }
    boolean reachable = run.oracle.consistent(List.of(wanted));
    run.check(
        e.attribute().equals(wanted.attribute()) && e.value().equals(wanted.value()),
        () -> call + " explains " + e.attribute() + "=" + e.value());
    run.check(
        e.reachable() == reachable,
        () -> call + ": reachable " + e.reachable() + ", oracle " + reachable + "; " + e);
    for (RuleRef ref : e.rules()) {
      run.check(
          ruleIds.contains(ref.id()) || ref.id().startsWith("domain:"),
          () -> call + " names unknown rule " + ref.id() + "; " + e);
    }
    Coverage.hit(reachable ? "explain reachable" : "explain unreachable");
    if (!reachable) {
      run.check(e.retract().isEmpty(), () -> call + " of an unreachable value retracts; " + e);
      return;
    }
    List<Decision> kept = new ArrayList<>(decisions);
    for (Decision d : e.retract()) {
      run.check(kept.remove(d), () -> call + " retracts " + d + " which is not a decision; " + e);
    }
    run.check(
        run.oracle.consistent(kept, wanted),
        () -> call + ": keeping " + kept + " still refuses the value; " + e);
    for (Decision d : e.retract()) {
      List<Decision> more = new ArrayList<>(kept);
      more.add(d);
      run.check(
          !run.oracle.consistent(more, wanted),
          () -> call + ": retract is not minimal, " + d + " could be kept; " + e);
    }
    Coverage.hit("explain retract " + Math.min(e.retract().size(), 3));
    repair(call, e, wanted);
    // One in eight (chosen by the call, so the run's random choices stay as they were): the priced
    // repair, whose retracted numbers move as little as the optimum allows (NearestRepair).
    if (Math.floorMod(call.hashCode() + decisions.hashCode(), 8) == 0) {
      pricedRepair(call, decisions, kept, wanted);
    }
  }

  /**
   * The repair of an explanation under "cheapest": it retracts the same minimal set, reaches the
   * wanted value, and its decisions complete as cheaply as keeping the rest and the wanted value
   * allows (the cheapest repair of that set); each priced option completes at the total it states.
   */
  private void pricedRepair(
      String call, List<Decision> decisions, List<Decision> kept, Decision wanted) {
    Explanation e =
        calls.answer(
            run.session.explain(
                wanted.attribute(), wanted.value(), Objective.cheapest(), calls.deadline()),
            call + " cheapest");
    if (e == null) {
      return;
    }
    List<Decision> keptAndWanted = new ArrayList<>(decisions);
    keptAndWanted.removeAll(e.retract());
    keptAndWanted.add(wanted);
    run.check(
        keptAndWanted.containsAll(kept) && keptAndWanted.size() == kept.size() + 1,
        () -> call + " cheapest retracts another set than " + kept + "; " + e);
    long cheapest = run.oracle.minPrice(keptAndWanted).orElse(Long.MIN_VALUE);
    List<Decision> after = applied(decisions, e.repair());
    run.check(
        after.contains(wanted) && run.oracle.consistent(after),
        () -> call + " cheapest: repair " + e.repair() + " gives " + after + "; " + e);
    run.check(
        run.oracle.minPrice(after).orElse(Long.MAX_VALUE) == cheapest,
        () -> call + " cheapest: repair " + e.repair() + " is not the cheapest of its set; " + e);
    for (RepairOption o : e.options()) {
      List<Decision> optionAfter = applied(decisions, o.repair());
      run.check(
          run.oracle.minPrice(optionAfter).orElse(Long.MAX_VALUE) == o.total(),
          () -> call + " cheapest: option " + o + " does not complete at its total; " + e);
    }
    Coverage.hit("priced repair");
  }

  /** {@code decisions} with each step of {@code repair} deciding its attribute anew. */
  private static List<Decision> applied(List<Decision> decisions, List<RepairStep> repair) {
    List<Decision> out = new ArrayList<>(decisions);
    for (RepairStep step : repair) {
      out.removeIf(d -> d.attribute().equals(step.attribute()));
      out.add(new Decision(step.attribute(), step.newValue()));
    }
    return out;
  }

  private void repair(String call, Explanation e, Decision wanted) {
    List<RepairStep> repair = e.repair();
    run.check(
        repair.stream().anyMatch(s -> s.attribute().equals(wanted.attribute()))
            && repair.stream()
                .allMatch(
                    s -> {
                      String old = run.decided(s.attribute());
                      return s.oldValue().equals(old == null ? "" : old);
                    }),
        () -> call + ": repair " + repair + " has a wrong old value or lacks the wanted value");
    Result<List<Decision>> r = run.session.applyRepair(repair, calls.deadline());
    if (calls.answer(r, "applyRepair(" + repair + ") from " + call) == null) {
      run.checkDecisions("after applyRepair(" + repair + ") timed out");
      return;
    }
    run.repaired(repair);
    List<Decision> now = run.session.decisions();
    run.check(
        now.contains(wanted) && run.oracle.consistent(now),
        () ->
            "after applyRepair("
                + repair
                + ") from "
                + call
                + " the decisions "
                + now
                + " lack the wanted value or are inconsistent (oracle)");
    run.checkDecisions("after applyRepair(" + repair + ")");
    Coverage.hit("repair applied");
    run.undo();
    run.checkDecisions("after undo of applyRepair(" + repair + ")");
  }
}
