package dev.atelier.engine.oracle;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.Completion;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.Preference;
import dev.atelier.engine.session.PriceBreakdown;
import dev.atelier.engine.session.PriceLine;
import dev.atelier.engine.session.RepairStep;
import dev.atelier.engine.session.RuleRef;
import dev.atelier.engine.session.ValidDomains;
import dev.atelier.engine.session.Validation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks made in every state of a {@link ModelRun}: valid domains, counts, completion,
 * explanations with repairs and validation, optionally with deadlines that have already passed.
 */
final class StateChecks {
  private final ModelRun run;
  private final Set<String> ruleIds;
  private boolean expired;

  StateChecks(ModelRun run) {
    this.run = run;
    this.ruleIds = run.model.constraints().stream().map(Constraint::id).collect(Collectors.toSet());
  }

  /** Every check of the current state. */
  void all() {
    run.checkDecisions("state check");
    List<Decision> decisions = run.decisions();
    Map<String, BruteForceOracle.Domain> expected = run.oracle.domains(decisions);
    domains(expected);
    counts(decisions);
    cheapest(decisions);
    preferred(decisions);
    explanations(decisions, expected);
    validation(decisions);
  }

  /**
   * The same checks with calls whose deadline has already passed: each call may time out (then the
   * decisions must be unchanged) but an answer it gives must be right, and the session must stay
   * sound afterwards.
   */
  void expiredCalls() {
    expired = true;
    try {
      List<Decision> decisions = run.decisions();
      Map<String, BruteForceOracle.Domain> expected = run.oracle.domains(decisions);
      domains(expected);
      counts(decisions);
      cheapest(decisions);
      preferred(decisions);
      explanations(decisions, expected);
    } finally {
      expired = false;
    }
    run.checkDecisions("after calls with an expired deadline");
  }

  private Deadline deadline() {
    return expired ? Deadline.inMillis(0) : ModelRun.deadline();
  }

  /** The answer; null when the deadline had passed and the call timed out (allowed then). */
  private <T> T answer(Result<T> r, String call) {
    Failure f = r.failureOrNull();
    if (expired) {
      Coverage.hit(f == null ? "expired deadline answered" : "expired deadline failed");
      if (f != null && f.kind() == Failure.Kind.TIMED_OUT) {
        return null;
      }
    }
    return run.ok(r, call);
  }

  private void domains(Map<String, BruteForceOracle.Domain> expected) {
    ValidDomains actual = answer(run.session.validDomains(deadline()), "validDomains");
    if (actual == null) {
      return;
    }
    run.check(
        List.copyOf(actual.domains().keySet()).equals(List.copyOf(expected.keySet())),
        () -> "validDomains has attributes " + actual.domains().keySet() + " (model order)");
    for (Attribute a : run.model.attributes()) {
      BruteForceOracle.Domain want = expected.get(a.id());
      AttributeDomain got = actual.domains().get(a.id());
      Set<String> refused = new HashSet<>(a.valueIds());
      want.offered().forEach(refused::remove);
      String decided = run.decided(a.id());
      List<String> refusedInOrder = a.valueIds().stream().filter(refused::contains).toList();
      run.check(
          got.offered().equals(want.offered())
              && got.refused().equals(refusedInOrder)
              && got.unsetPossible() == want.unsetPossible()
              && got.decided().equals(Optional.ofNullable(decided)),
          () ->
              "validDomains of "
                  + a.id()
                  + ": engine "
                  + ModelRun.show(got)
                  + " refused "
                  + got.refused()
                  + ", oracle offered "
                  + want.offered()
                  + " unset="
                  + want.unsetPossible()
                  + " decided="
                  + decided);
    }
  }

  private void counts(List<Decision> decisions) {
    long want = run.oracle.count(decisions);
    BigInteger got = answer(run.session.count(deadline()), "count");
    if (got == null) {
      return;
    }
    run.check(
        got.equals(BigInteger.valueOf(want)), () -> "count: engine " + got + ", oracle " + want);
    if (decisions.isEmpty()) {
      BigInteger all = answer(run.compiled.count(deadline()), "compiledModel.count");
      run.check(
          all == null || all.equals(BigInteger.valueOf(want)),
          () -> "compiledModel.count: engine " + all + ", oracle " + want);
    }
    if (run.random.nextInt(2) > 0 || run.model.attributes().isEmpty()) {
      return;
    }
    Attribute a = randomAttribute();
    Map<String, Long> wantPer = run.oracle.countPerValue(decisions, a.id());
    Map<String, BigInteger> gotPer =
        answer(run.session.countPerValue(a.id(), deadline()), "countPerValue " + a.id());
    if (gotPer == null) {
      return;
    }
    Map<String, BigInteger> wantBig = new LinkedHashMap<>();
    wantPer.forEach((k, v) -> wantBig.put(k, BigInteger.valueOf(v)));
    Coverage.hit("countPerValue");
    run.check(
        gotPer.equals(wantBig),
        () -> "countPerValue(" + a.id() + "): engine " + gotPer + ", oracle " + wantBig);
  }

  private void cheapest(List<Decision> decisions) {
    OptionalLong min = run.oracle.minPrice(decisions);
    Result<Completion> r = run.session.complete(Objective.cheapest(), deadline());
    if (min.isEmpty()) {
      run.check(!r.isOk(), () -> "complete(cheapest) answered " + r + " but nothing is valid");
      return;
    }
    Completion c = answer(r, "complete(cheapest)");
    if (c == null) {
      return;
    }
    Coverage.hit("complete cheapest");
    checkCompletion(c, decisions, "complete(cheapest)");
    long price = run.oracle.price(c.configuration());
    run.check(
        c.price().total() == min.getAsLong() && price == min.getAsLong(),
        () ->
            "complete(cheapest) gave "
                + c.configuration().values()
                + " with price().total() "
                + c.price().total()
                + " (oracle prices it "
                + price
                + "), oracle minimum "
                + min.getAsLong());
    run.check(
        c.penalty() == price,
        () -> "complete(cheapest) penalty " + c.penalty() + ", expected the price " + price);
    checkBreakdown(c.price(), "complete(cheapest)");
    checkBreakdown(run.compiled.price(c.configuration()), "compiledModel.price");
    long compiledPrice = run.compiled.price(c.configuration()).total();
    run.check(
        compiledPrice == price,
        () -> "compiledModel.price of " + c.configuration().values() + " is " + compiledPrice);
  }

  private void preferred(List<Decision> decisions) {
    List<Preference> prefs = new ArrayList<>();
    int n = 1 + run.random.nextInt(3);
    for (int i = 0; i < n; i++) {
      prefs.add(
          new Preference(RandomModels.condition(run.random, run.model), 1 + run.random.nextInt(5)));
    }
    OptionalLong min = run.oracle.minPenalty(decisions, prefs);
    Result<Completion> r = run.session.complete(Objective.preferred(prefs), deadline());
    String what =
        "complete(preferred "
            + prefs.stream().map(p -> ModelPrinter.expr(p.condition()) + " w" + p.weight()).toList()
            + ")";
    if (min.isEmpty()) {
      run.check(!r.isOk(), () -> what + " answered but nothing is valid");
      return;
    }
    Completion c = answer(r, what);
    if (c == null) {
      return;
    }
    Coverage.hit("complete preferred");
    checkCompletion(c, decisions, what);
    long actual = run.oracle.penalty(c.configuration(), prefs);
    run.check(
        c.penalty() == min.getAsLong() && actual == min.getAsLong(),
        () ->
            what
                + " gave "
                + c.configuration().values()
                + " with penalty "
                + c.penalty()
                + " (its unmet weight is "
                + actual
                + "), oracle minimum "
                + min.getAsLong());
    long price = run.oracle.price(c.configuration());
    run.check(
        c.price().total() == price,
        () -> what + " price().total() " + c.price().total() + ", oracle prices it " + price);
  }

  /**
   * Lines are non-zero, base first, and add up to the total. Tolerated: a zero "base" line (the
   * record's doc says "the non-zero lines, base first"; the engine keeps a zero base line).
   */
  private void checkBreakdown(PriceBreakdown p, String what) {
    long sum = p.lines().stream().mapToLong(PriceLine::amount).sum();
    boolean baseFirst =
        run.model.basePrice() == 0
            || (!p.lines().isEmpty()
                && p.lines().get(0).kind().equals("base")
                && p.lines().get(0).amount() == run.model.basePrice());
    run.check(
        sum == p.total()
            && baseFirst
            && p.lines().stream().allMatch(l -> l.amount() != 0 || l.kind().equals("base"))
            && p.currency().equals(run.model.currency()),
        () -> what + " price breakdown " + p + " is inconsistent");
  }

  private void checkCompletion(Completion c, List<Decision> decisions, String what) {
    Configuration conf = c.configuration();
    run.check(
        run.oracle.isValid(conf),
        () ->
            what
                + " returned "
                + conf.values()
                + " which is not valid; violated "
                + run.oracle.violated(conf));
    run.check(
        BruteForceOracle.matches(conf, decisions),
        () -> what + " returned " + conf.values() + " which does not extend the decisions");
  }

  private void explanations(List<Decision> decisions, Map<String, BruteForceOracle.Domain> doms) {
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
          answer(
              run.session.explain(w.attribute(), w.value(), deadline()),
              "explain(" + w + ") of an offered value");
      run.check(
          e == null || e.reachable() && e.retract().isEmpty(),
          () -> "explain(" + w + ") of an offered value: " + e);
    }
  }

  private void explainRefused(List<Decision> decisions, Decision wanted) {
    String call = "explain(" + wanted.attribute() + ", " + wanted.value() + ")";
    Explanation e =
        answer(run.session.explain(wanted.attribute(), wanted.value(), deadline()), call);
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
    Result<List<Decision>> r = run.session.applyRepair(repair, deadline());
    if (answer(r, "applyRepair(" + repair + ") from " + call) == null) {
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

  void validation(List<Decision> decisions) {
    List<Configuration> all = run.oracle.all();
    for (int i = 0; i < 2; i++) {
      Configuration any = all.get(run.random.nextInt(all.size()));
      compareValidation("compiledModel.validate", run.compiled.validate(any), any);
    }
    List<Configuration> matching =
        all.stream().filter(c -> BruteForceOracle.matches(c, decisions)).toList();
    if (!matching.isEmpty()) {
      Configuration c = matching.get(run.random.nextInt(matching.size()));
      compareValidation("session.validate", run.session.validate(c), c);
    }
  }

  private void compareValidation(String call, Validation v, Configuration c) {
    Set<String> want = run.oracle.violated(c);
    Coverage.hit(want.isEmpty() ? "validate valid" : "validate invalid");
    Set<String> got = v.violations().stream().map(RuleRef::id).collect(Collectors.toSet());
    run.check(
        v.valid() == want.isEmpty() && got.equals(want),
        () -> call + "(" + c.values() + ") violations " + got + ", oracle " + want);
  }

  Attribute randomAttribute() {
    List<Attribute> attrs = run.model.attributes();
    return attrs.get(run.random.nextInt(attrs.size()));
  }
}
