package dev.atelier.engine.oracle;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The random actions of a {@link ModelRun} on its session: decide an offered value (also with an
 * expired deadline), re-decide, decide a refused value, retract, undo, redo, and calls with an
 * expired deadline. Each compares the session's answer with the oracle and keeps {@link
 * ExpectedDecisions} in step.
 */
final class RandomSteps {
  private final ModelRun run;
  private final ExpectedDecisions expected;

  RandomSteps(ModelRun run, ExpectedDecisions expected) {
    this.run = run;
    this.expected = expected;
  }

  /** One random action; false when nothing was done. */
  boolean step(StateChecks checks) {
    int k = run.random.nextInt(100);
    if (k < 45) {
      return decideOffered(ModelRun.deadline());
    } else if (k < 53) {
      return redecide();
    } else if (k < 62) {
      return decideRefused();
    } else if (k < 72) {
      return retractOne();
    } else if (k < 83) {
      undo();
      return true;
    } else if (k < 91) {
      redo();
      return true;
    } else if (k < 95) {
      expected.note("calls with an expired deadline");
      checks.expiredCalls();
      return true;
    }
    return decideOffered(Deadline.inMillis(0));
  }

  /** Decides an open attribute; with an expired deadline it may time out, changing nothing. */
  private boolean decideOffered(Deadline deadline) {
    Map<String, BruteForceOracle.Domain> domains = run.oracle.domains(expected.decisions());
    List<String> open = new ArrayList<>();
    for (Attribute a : run.model.attributes()) {
      if (!expected.isDecided(a.id())) {
        open.add(a.id());
      }
    }
    if (open.isEmpty()) {
      return false;
    }
    String attr = open.get(run.random.nextInt(open.size()));
    BruteForceOracle.Domain d = domains.get(attr);
    List<String> choices = new ArrayList<>(d.offered());
    if (d.unsetPossible()) {
      choices.add(Decision.UNSET);
    }
    String value = choices.get(run.random.nextInt(choices.size()));
    boolean late = deadline.expired();
    expected.note("decide " + attr + "=" + value + (late ? " (expired deadline)" : ""));
    Result<Decision> r = run.session.decide(attr, value, deadline);
    Failure f = r.failureOrNull();
    if (late && f != null && f.kind() == Failure.Kind.TIMED_OUT) {
      Coverage.hit("decide timed out");
      return true;
    }
    Decision made = run.ok(r, "decide(" + attr + ", " + value + ") of an offered value");
    run.check(
        made.equals(new Decision(attr, value)),
        () -> "decide(" + attr + ", " + value + ") returned " + made);
    Coverage.hit(Decision.UNSET.equals(value) ? "decide unset" : "decide");
    expected.decide(attr, value);
    return true;
  }

  /**
   * Changes a decided attribute to another value (or unset): accepted exactly when the oracle finds
   * it consistent with the other decisions, REFUSED otherwise.
   */
  private boolean redecide() {
    String attr = anyDecided();
    if (attr == null) {
      return false;
    }
    Attribute a = run.model.attribute(attr).orElseThrow();
    List<String> choices = new ArrayList<>(a.valueIds());
    if (a.optional()) {
      choices.add(Decision.UNSET);
    }
    choices.remove(expected.decided(attr));
    if (choices.isEmpty()) {
      return false;
    }
    String value = choices.get(run.random.nextInt(choices.size()));
    List<Decision> others = new ArrayList<>(expected.decisions());
    others.removeIf(d -> d.attribute().equals(attr));
    boolean consistent = run.oracle.consistent(others, new Decision(attr, value));
    expected.note("re-decide " + attr + "=" + value);
    Result<Decision> r = run.session.decide(attr, value, ModelRun.deadline());
    if (!consistent) {
      Coverage.hit("re-decide refused");
      run.expectFailure(r, Failure.Kind.REFUSED, "re-decide(" + attr + ", " + value + ")");
      return true;
    }
    run.ok(r, "re-decide(" + attr + ", " + value + ") consistent with the other decisions");
    Coverage.hit("re-decide");
    expected.decide(attr, value);
    return true;
  }

  private boolean decideRefused() {
    Map<String, BruteForceOracle.Domain> domains = run.oracle.domains(expected.decisions());
    List<Decision> refused = new ArrayList<>();
    for (Attribute a : run.model.attributes()) {
      if (expected.isDecided(a.id())) {
        continue;
      }
      BruteForceOracle.Domain d = domains.get(a.id());
      a.valueIds().stream()
          .filter(v -> !d.offered().contains(v))
          .forEach(v -> refused.add(new Decision(a.id(), v)));
      if (a.optional() && !d.unsetPossible()) {
        refused.add(new Decision(a.id(), Decision.UNSET));
      }
    }
    if (refused.isEmpty()) {
      return false;
    }
    Decision d = refused.get(run.random.nextInt(refused.size()));
    expected.note("decide refused " + d.attribute() + "=" + d.value());
    Coverage.hit("decide refused");
    run.expectFailure(
        run.session.decide(d.attribute(), d.value(), ModelRun.deadline()),
        Failure.Kind.REFUSED,
        "decide(" + d.attribute() + ", " + d.value() + ") of a refused value");
    return true;
  }

  private boolean retractOne() {
    String attr = anyDecided();
    if (attr == null) {
      return false;
    }
    expected.note("retract " + attr);
    run.ok(run.session.retract(attr), "retract(" + attr + ")");
    Coverage.hit("retract");
    expected.retract(attr);
    return true;
  }

  /** A decided attribute drawn at random, or null when none is. */
  private String anyDecided() {
    List<String> decided = expected.attributes();
    return decided.isEmpty() ? null : decided.get(run.random.nextInt(decided.size()));
  }

  /** Undo; with nothing to undo the engine must answer NOT_APPLICABLE. */
  void undo() {
    expected.note("undo");
    if (!expected.canUndo()) {
      run.expectFailure(
          run.session.undo(), Failure.Kind.NOT_APPLICABLE, "undo() with nothing to undo");
      Coverage.hit("undo nothing");
      return;
    }
    run.ok(run.session.undo(), "undo()");
    Coverage.hit("undo");
    expected.undone();
  }

  private void redo() {
    expected.note("redo");
    if (!expected.canRedo()) {
      run.expectFailure(
          run.session.redo(), Failure.Kind.NOT_APPLICABLE, "redo() with nothing to redo");
      Coverage.hit("redo nothing");
      return;
    }
    run.ok(run.session.redo(), "redo()");
    Coverage.hit("redo");
    expected.redone();
  }
}
