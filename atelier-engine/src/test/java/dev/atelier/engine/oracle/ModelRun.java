package dev.atelier.engine.oracle;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.RepairStep;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * One oracle run: generates the model of a seed, compiles it, and drives a random decision sequence
 * (decide offered and refused values, unset, retract, undo, redo), checking the engine against
 * {@link BruteForceOracle} after every step via {@link StateChecks}. Tracks the decisions the
 * session should have, with its own undo/redo stacks. Any disagreement throws an {@link
 * AssertionError} whose message names the seed, the trace, the decisions and the model.
 */
final class ModelRun {

  /** Deadline of each engine call; generous so that only real hangs time out. */
  static final long CALL_MILLIS = 30_000;

  /** What happened in a run, for the suite's statistics. */
  record Outcome(boolean satisfiable, boolean compiledUnsat, int steps) {}

  final long seed;
  private final boolean treeOnly;
  final Random random;
  final ProductModel model;
  final BruteForceOracle oracle;
  CompiledModel compiled;
  ConfigurationSession session;
  private final List<String> trace = new ArrayList<>();
  private Map<String, String> state = new LinkedHashMap<>();
  private final Deque<Map<String, String>> undoStack = new ArrayDeque<>();
  private final Deque<Map<String, String>> redoStack = new ArrayDeque<>();

  ModelRun(long seed) {
    this.treeOnly = false;
    this.seed = seed;
    this.random = new Random(seed);
    this.model = RandomModels.generate(random);
    this.oracle = new BruteForceOracle(model);
  }

  /** A run on a given model; {@code seed} drives the decisions. */
  ModelRun(long seed, ProductModel model) {
    this(seed, model, false);
  }

  /**
   * A run on a given model; with {@code treeOnly} the decision-DNNF is declined and the run waits
   * for the model's clique tree, so sessions answer from the tree alone (table models).
   */
  ModelRun(long seed, ProductModel model, boolean treeOnly) {
    this.treeOnly = treeOnly;
    this.seed = seed;
    this.random = new Random(seed);
    this.model = model;
    this.oracle = new BruteForceOracle(model);
  }

  static Deadline deadline() {
    return Deadline.inMillis(CALL_MILLIS);
  }

  /** Runs compile and {@code steps} random steps; throws AssertionError on a discrepancy. */
  Outcome run(int steps) {
    try {
      return runChecked(steps);
    } catch (RuntimeException e) {
      StringWriter sw = new StringWriter();
      e.printStackTrace(new PrintWriter(sw));
      throw mismatch(
          "threw (engine or harness, see trace) "
              + e
              + "\n"
              + sw.toString().lines().limit(12).toList());
    }
  }

  private Outcome runChecked(int steps) {
    boolean satisfiable = !oracle.valid().isEmpty();
    Result<CompiledModel> result = CompiledModel.compile(model, deadline());
    Failure f = result.failureOrNull();
    if (f != null) {
      check(
          f.kind() == Failure.Kind.UNSATISFIABLE_MODEL && !satisfiable,
          () ->
              "compile failed with "
                  + f.kind()
                  + " ("
                  + f.message()
                  + " "
                  + f.details()
                  + ") but the oracle has "
                  + oracle.valid().size()
                  + " valid configurations");
      return new Outcome(false, true, 0);
    }
    compiled = result.orThrow();
    // Even seeds answer from the compiled DNNF (or the clique tree of a table model), odd seeds by
    // SAT.
    if (treeOnly) {
      compiled.knowledge().cancel();
      check(compiled.tables().await(deadline()).isPresent(), () -> "no clique tree in time");
    } else if (seed % 2 == 0) {
      check(compiled.knowledge().await(deadline()).isPresent(), () -> "no DNNF in time");
      compiled.tables().await(deadline());
    } else {
      compiled.knowledge().decline();
      compiled.tables().cancel();
    }
    Result<CompiledModel> instant = CompiledModel.compile(model, Deadline.inMillis(0));
    if (!instant.isOk()) {
      Failure.Kind k = instant.failureOrNull().kind();
      check(
          k == Failure.Kind.TIMED_OUT || (k == Failure.Kind.UNSATISFIABLE_MODEL && !satisfiable),
          () -> "compile with an expired deadline failed with " + k);
    }
    session = ConfigurationSession.start(compiled);
    StateChecks checks = new StateChecks(this);
    EdgeCaseChecks edges = new EdgeCaseChecks(this, checks);
    edges.badInput();
    if (!satisfiable) {
      edges.unsatisfiable();
      return new Outcome(false, false, 0);
    }
    checks.all();
    int done = 0;
    for (int i = 0; i < steps; i++) {
      if (step(checks)) {
        done++;
        checks.all();
      }
    }
    long fresh =
        ok(ConfigurationSession.start(compiled).count(deadline()), "fresh session count")
            .longValueExact();
    long want = oracle.count(List.of());
    check(
        fresh == want,
        () -> "a fresh session on the same compiled model counts " + fresh + ", oracle " + want);
    return new Outcome(true, false, done);
  }

  /** One random action; false when nothing was done. */
  private boolean step(StateChecks checks) {
    int k = random.nextInt(100);
    if (k < 45) {
      return decideOffered(deadline());
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
      trace.add("calls with an expired deadline");
      checks.expiredCalls();
      return true;
    }
    return decideOffered(Deadline.inMillis(0));
  }

  /** Decides an open attribute; with an expired deadline it may time out, changing nothing. */
  private boolean decideOffered(Deadline deadline) {
    Map<String, BruteForceOracle.Domain> domains = oracle.domains(decisions());
    List<String> open = new ArrayList<>();
    for (Attribute a : model.attributes()) {
      if (!state.containsKey(a.id())) {
        open.add(a.id());
      }
    }
    if (open.isEmpty()) {
      return false;
    }
    String attr = open.get(random.nextInt(open.size()));
    BruteForceOracle.Domain d = domains.get(attr);
    List<String> choices = new ArrayList<>(d.offered());
    if (d.unsetPossible()) {
      choices.add(Decision.UNSET);
    }
    String value = choices.get(random.nextInt(choices.size()));
    boolean late = deadline.expired();
    trace.add("decide " + attr + "=" + value + (late ? " (expired deadline)" : ""));
    Result<Decision> r = session.decide(attr, value, deadline);
    Failure f = r.failureOrNull();
    if (late && f != null && f.kind() == Failure.Kind.TIMED_OUT) {
      Coverage.hit("decide timed out");
      return true;
    }
    Decision made = ok(r, "decide(" + attr + ", " + value + ") of an offered value");
    check(
        made.equals(new Decision(attr, value)),
        () -> "decide(" + attr + ", " + value + ") returned " + made);
    Coverage.hit(Decision.UNSET.equals(value) ? "decide unset" : "decide");
    push();
    state.put(attr, value);
    return true;
  }

  /**
   * Changes a decided attribute to another value (or unset): accepted exactly when the oracle finds
   * it consistent with the other decisions, REFUSED otherwise.
   */
  private boolean redecide() {
    if (state.isEmpty()) {
      return false;
    }
    List<String> decided = new ArrayList<>(state.keySet());
    String attr = decided.get(random.nextInt(decided.size()));
    Attribute a = model.attribute(attr).orElseThrow();
    List<String> choices = new ArrayList<>(a.valueIds());
    if (a.optional()) {
      choices.add(Decision.UNSET);
    }
    choices.remove(state.get(attr));
    if (choices.isEmpty()) {
      return false;
    }
    String value = choices.get(random.nextInt(choices.size()));
    List<Decision> others = new ArrayList<>(decisions());
    others.removeIf(d -> d.attribute().equals(attr));
    boolean consistent = oracle.consistent(others, new Decision(attr, value));
    trace.add("re-decide " + attr + "=" + value);
    Result<Decision> r = session.decide(attr, value, deadline());
    if (!consistent) {
      Coverage.hit("re-decide refused");
      expectFailure(r, Failure.Kind.REFUSED, "re-decide(" + attr + ", " + value + ")");
      return true;
    }
    ok(r, "re-decide(" + attr + ", " + value + ") consistent with the other decisions");
    Coverage.hit("re-decide");
    push();
    state.remove(attr);
    state.put(attr, value);
    return true;
  }

  private boolean decideRefused() {
    Map<String, BruteForceOracle.Domain> domains = oracle.domains(decisions());
    List<Decision> refused = new ArrayList<>();
    for (Attribute a : model.attributes()) {
      if (state.containsKey(a.id())) {
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
    Decision d = refused.get(random.nextInt(refused.size()));
    trace.add("decide refused " + d.attribute() + "=" + d.value());
    Coverage.hit("decide refused");
    expectFailure(
        session.decide(d.attribute(), d.value(), deadline()),
        Failure.Kind.REFUSED,
        "decide(" + d.attribute() + ", " + d.value() + ") of a refused value");
    return true;
  }

  private boolean retractOne() {
    if (state.isEmpty()) {
      return false;
    }
    List<String> decided = new ArrayList<>(state.keySet());
    String attr = decided.get(random.nextInt(decided.size()));
    trace.add("retract " + attr);
    ok(session.retract(attr), "retract(" + attr + ")");
    Coverage.hit("retract");
    push();
    state.remove(attr);
    return true;
  }

  /** Undo; with nothing to undo the engine must answer NOT_APPLICABLE. */
  void undo() {
    trace.add("undo");
    if (undoStack.isEmpty()) {
      expectFailure(session.undo(), Failure.Kind.NOT_APPLICABLE, "undo() with nothing to undo");
      Coverage.hit("undo nothing");
      return;
    }
    ok(session.undo(), "undo()");
    Coverage.hit("undo");
    redoStack.push(state);
    state = undoStack.pop();
  }

  private void redo() {
    trace.add("redo");
    if (redoStack.isEmpty()) {
      expectFailure(session.redo(), Failure.Kind.NOT_APPLICABLE, "redo() with nothing to redo");
      Coverage.hit("redo nothing");
      return;
    }
    ok(session.redo(), "redo()");
    Coverage.hit("redo");
    undoStack.push(state);
    state = redoStack.pop();
  }

  /** Records that the session applied {@code repair} as one step. */
  void repaired(List<RepairStep> repair) {
    trace.add("applyRepair " + repair);
    push();
    for (RepairStep s : repair) {
      state.remove(s.attribute());
      state.put(s.attribute(), s.newValue());
    }
  }

  private void push() {
    undoStack.push(new LinkedHashMap<>(state));
    redoStack.clear();
    state = new LinkedHashMap<>(state);
  }

  /** The decisions the session should have. */
  List<Decision> decisions() {
    List<Decision> list = new ArrayList<>();
    state.forEach((a, v) -> list.add(new Decision(a, v)));
    return list;
  }

  /** The decided value of {@code attribute}, or null. */
  String decided(String attribute) {
    return state.get(attribute);
  }

  /** Asserts that the session's decisions are the expected ones (as a set). */
  void checkDecisions(String when) {
    List<Decision> actual = session.decisions();
    check(
        new HashSet<>(actual).equals(new HashSet<>(decisions())) && actual.size() == state.size(),
        () -> when + ": session.decisions() is " + actual + ", expected " + decisions());
  }

  <T> T ok(Result<T> r, String call) {
    Failure f = r.failureOrNull();
    if (f != null) {
      throw mismatch(call + " failed: " + f.kind() + ": " + f.message() + " " + f.details());
    }
    return r.orThrow();
  }

  void expectFailure(Result<?> r, Failure.Kind kind, String call) {
    Failure f = r.failureOrNull();
    if (f == null) {
      throw mismatch(call + " answered " + r.orThrow() + ", expected failure " + kind);
    }
    check(f.kind() == kind, () -> call + " failed with " + f.kind() + ", expected " + kind);
  }

  void check(boolean condition, Supplier<String> what) {
    if (!condition) {
      throw mismatch(what.get());
    }
  }

  AssertionError mismatch(String what) {
    return new AssertionError(report(what));
  }

  String report(String what) {
    return "seed "
        + seed
        + ": "
        + what
        + "\n  decisions: "
        + decisions()
        + "\n  trace: "
        + trace
        + "\n  model ("
        + oracle.valid().size()
        + " valid of "
        + oracle.all().size()
        + "):\n"
        + ModelPrinter.describe(model);
  }

  /** Domain of the engine as compact text. */
  static String show(AttributeDomain d) {
    return "offered " + d.offered() + " unset=" + d.unsetPossible() + " decided=" + d.decided();
  }
}
