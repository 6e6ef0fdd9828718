package dev.atelier.engine.oracle;

import dev.atelier.engine.answer.RuleRef;
import dev.atelier.engine.answer.Validation;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks made in every state of a {@link ModelRun}: valid domains, counts, completion ({@link
 * CompletionChecks}), explanations with repairs ({@link ExplanationChecks}) and validation,
 * optionally with deadlines that have already passed.
 */
final class StateChecks {
  private final ModelRun run;
  private final OracleCalls calls;
  private final CompletionChecks completions;
  private final ExplanationChecks explanations;

  StateChecks(ModelRun run) {
    this.run = run;
    this.calls = new OracleCalls(run);
    this.completions = new CompletionChecks(run, calls);
    this.explanations = new ExplanationChecks(run, calls);
  }

  /** Every check of the current state. */
  void all() {
    run.checkDecisions("state check");
    List<Decision> decisions = engineCalls();
    validation(decisions);
  }

  /**
   * The same checks with calls whose deadline has already passed: each call may time out (then the
   * decisions must be unchanged) but an answer it gives must be right, and the session must stay
   * sound afterwards.
   */
  void expiredCalls() {
    calls.expire(true);
    try {
      engineCalls();
    } finally {
      calls.expire(false);
    }
    run.checkDecisions("after calls with an expired deadline");
  }

  /** The checks of the calls that take a deadline; the decisions they were made on. */
  private List<Decision> engineCalls() {
    List<Decision> decisions = run.decisions();
    Map<String, BruteForceOracle.Domain> expected = run.oracle.domains(decisions);
    domains(expected);
    counts(decisions);
    completions.cheapest(decisions);
    completions.preferred(decisions);
    explanations.check(decisions, expected);
    return decisions;
  }

  private void domains(Map<String, BruteForceOracle.Domain> expected) {
    ValidDomains actual = calls.answer(run.session.validDomains(calls.deadline()), "validDomains");
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
    BigInteger got = calls.answer(run.session.count(calls.deadline()), "count");
    if (got == null) {
      return;
    }
    run.check(
        got.equals(BigInteger.valueOf(want)), () -> "count: engine " + got + ", oracle " + want);
    if (decisions.isEmpty()) {
      BigInteger all = calls.answer(run.compiled.count(calls.deadline()), "compiledModel.count");
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
        calls.answer(
            run.session.countPerValue(a.id(), calls.deadline()), "countPerValue " + a.id());
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
