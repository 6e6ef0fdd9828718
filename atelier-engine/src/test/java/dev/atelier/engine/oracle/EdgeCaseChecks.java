package dev.atelier.engine.oracle;

import dev.atelier.engine.answer.Validation;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.IntegerAttribute;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.Completion;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.ValidDomains;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks made once per model of a {@link ModelRun}: unknown ids, out-of-range integers, malformed
 * configurations, calls with an expired deadline, and the answers of a model without valid
 * configuration.
 */
record EdgeCaseChecks(ModelRun run, StateChecks states) {

  /**
   * For a model without valid configuration that compiled: every question answers "nothing" or
   * fails with UNSATISFIABLE_MODEL.
   */
  void unsatisfiable() {
    Coverage.hit("unsatisfiable model compiled");
    run.checkDecisions("unsatisfiable model");
    Result<ValidDomains> doms = run.session.validDomains(ModelRun.deadline());
    if (unsatOr(doms, "validDomains")) {
      for (AttributeDomain d : doms.orThrow().domains().values()) {
        run.check(
            d.offered().isEmpty() && !d.unsetPossible(),
            () -> "validDomains of unsatisfiable model: " + ModelRun.show(d));
      }
    }
    Result<BigInteger> n = run.session.count(ModelRun.deadline());
    if (unsatOr(n, "count")) {
      run.check(n.orThrow().signum() == 0, () -> "count of unsatisfiable model " + n);
    }
    Result<BigInteger> m = run.compiled.count(ModelRun.deadline());
    if (unsatOr(m, "compiledModel.count")) {
      run.check(m.orThrow().signum() == 0, () -> "compiledModel.count of unsat model " + m);
    }
    Result<Completion> c = run.session.complete(Objective.cheapest(), ModelRun.deadline());
    run.check(!c.isOk(), () -> "complete of unsatisfiable model answered " + c);
    states.validation(List.of());
    if (run.model.attributes().isEmpty()) {
      return;
    }
    Attribute a = states.randomAttribute();
    Result<Map<String, BigInteger>> per = run.session.countPerValue(a.id(), ModelRun.deadline());
    if (unsatOr(per, "countPerValue")) {
      run.check(
          per.orThrow().values().stream().allMatch(v -> v.signum() == 0),
          () -> "countPerValue of unsatisfiable model " + per);
    }
    String v = a.valueIds().isEmpty() ? Decision.UNSET : a.valueIds().get(0);
    Result<Explanation> e = run.session.explain(a.id(), v, ModelRun.deadline());
    if (unsatOr(e, "explain")) {
      run.check(!e.orThrow().reachable(), () -> "explain in unsatisfiable model: " + e);
    }
  }

  /** True for an answer; checks that a failure is UNSATISFIABLE_MODEL. */
  private boolean unsatOr(Result<?> r, String call) {
    Failure f = r.failureOrNull();
    run.check(
        f == null || f.kind() == Failure.Kind.UNSATISFIABLE_MODEL,
        () -> call + " on an unsatisfiable model failed with " + f.kind() + ": " + f.message());
    return f == null;
  }

  /** Unknown ids, out-of-range integers, bad configurations and expired deadlines. */
  void badInput() {
    Deadline d = ModelRun.deadline();
    run.expectFailure(
        run.session.decide("nope", "x", d), Failure.Kind.UNKNOWN_ATTRIBUTE, "decide(nope, x)");
    run.expectFailure(
        run.session.explain("nope", "x", d), Failure.Kind.UNKNOWN_ATTRIBUTE, "explain(nope, x)");
    run.expectFailure(
        run.session.countPerValue("nope", d),
        Failure.Kind.UNKNOWN_ATTRIBUTE,
        "countPerValue(nope)");
    run.expectFailure(run.session.retract("nope"), Failure.Kind.UNKNOWN_ATTRIBUTE, "retract(nope)");
    if (!run.model.attributes().isEmpty()) {
      attributeInput(states.randomAttribute(), d);
    }
    run.checkDecisions("after bad input");
    expiredDeadlines();
  }

  private void attributeInput(Attribute a, Deadline d) {
    if (a instanceof IntegerAttribute i) {
      run.expectFailure(
          run.session.decide(a.id(), "999", d), Failure.Kind.OUT_OF_RANGE, "decide(int, 999)");
      if (i.step() > 1) {
        String off = String.valueOf(i.min() + 1);
        run.expectFailure(
            run.session.decide(a.id(), off, d),
            Failure.Kind.OUT_OF_RANGE,
            "decide(" + a.id() + ", " + off + ") off step");
      }
    } else {
      run.expectFailure(
          run.session.decide(a.id(), "nope", d),
          Failure.Kind.UNKNOWN_VALUE,
          "decide(" + a.id() + ", nope)");
      run.expectFailure(
          run.session.explain(a.id(), "nope", d),
          Failure.Kind.UNKNOWN_VALUE,
          "explain(" + a.id() + ", nope)");
    }
    if (!a.optional()) {
      run.check(
          !run.session.decide(a.id(), Decision.UNSET, d).isOk(),
          () -> "decide(" + a.id() + ", unset) of a required attribute succeeded");
    }
    run.expectFailure(
        run.session.retract(a.id()),
        Failure.Kind.NOT_APPLICABLE,
        "retract(" + a.id() + ") without a decision");
    badConfigurations(a);
  }

  private void badConfigurations(Attribute a) {
    Configuration base = run.oracle.all().get(0);
    Map<String, String> values = new LinkedHashMap<>(base.values());
    if (a instanceof IntegerAttribute) {
      values.put(a.id(), "999");
    } else if (!a.optional()) {
      values.remove(a.id());
    } else {
      values.put(a.id(), "nope");
    }
    Configuration bad = new Configuration(values);
    Validation v = run.compiled.validate(bad);
    run.check(
        !v.valid() && v.violations().stream().anyMatch(r -> r.id().equals("domain:" + a.id())),
        () -> "compiledModel.validate(" + values + ") gave " + v.violations());
  }

  private void expiredDeadlines() {
    boolean satisfiable = run.oracle.consistent(List.of());
    List<Result<?>> answers = new ArrayList<>();
    answers.add(run.session.validDomains(Deadline.inMillis(0)));
    answers.add(run.session.count(Deadline.inMillis(0)));
    if (satisfiable) {
      answers.add(run.session.complete(Objective.cheapest(), Deadline.inMillis(0)));
    }
    for (Result<?> r : answers) {
      Failure f = r.failureOrNull();
      Coverage.hit(f == null ? "expired deadline answered" : "expired deadline failed");
      run.check(
          f == null
              || f.kind() == Failure.Kind.TIMED_OUT
              || (f.kind() == Failure.Kind.UNSATISFIABLE_MODEL && !satisfiable),
          () -> "a call with an expired deadline failed with " + f.kind() + ": " + f.message());
    }
    run.checkDecisions("after expired deadlines");
  }
}
