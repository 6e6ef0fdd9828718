package dev.atelier.engine.oracle;

import dev.atelier.engine.compile.CompiledModel;
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
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * One oracle run: generates the model of a seed, compiles it, and drives a random decision sequence
 * ({@link RandomSteps}) in one {@link RunMode}, checking the engine against {@link
 * BruteForceOracle} after every step via {@link StateChecks}. Tracks the decisions the session
 * should have ({@link ExpectedDecisions}). Any disagreement throws an {@link AssertionError} whose
 * message names the seed, the trace, the decisions and the model ({@link RunAssertions}).
 */
final class ModelRun {

  /** Deadline of each engine call; generous so that only real hangs time out. */
  static final long CALL_MILLIS = 30_000;

  /** What happened in a run, for the suite's statistics. */
  record Outcome(boolean satisfiable, boolean compiledUnsat, int steps) {}

  final long seed;
  private final RunMode mode;
  final Random random;
  final ProductModel model;
  final BruteForceOracle oracle;
  CompiledModel compiled;
  ConfigurationSession session;
  private final ExpectedDecisions expected = new ExpectedDecisions();
  private final RunAssertions asserts;
  private final RandomSteps steps;

  /** A run on the random model of {@code seed}, in the mode of the seed. */
  ModelRun(long seed) {
    this(seed, new Random(seed));
  }

  /** The model is drawn from {@code random}, which then drives the decisions. */
  private ModelRun(long seed, Random random) {
    this(seed, random, RandomModels.generate(random), RunMode.of(seed));
  }

  /** A run on a given model in the mode of {@code seed}; {@code seed} drives the decisions. */
  ModelRun(long seed, ProductModel model) {
    this(seed, model, RunMode.of(seed));
  }

  /** A run on a given model in {@code mode}; {@code seed} drives the decisions. */
  ModelRun(long seed, ProductModel model, RunMode mode) {
    this(seed, new Random(seed), model, mode);
  }

  private ModelRun(long seed, Random random, ProductModel model, RunMode mode) {
    this.seed = seed;
    this.mode = mode;
    this.random = random;
    this.model = model;
    this.oracle = new BruteForceOracle(model);
    this.asserts = new RunAssertions(seed, model, oracle, expected);
    this.steps = new RandomSteps(this, expected);
  }

  static Deadline deadline() {
    return Deadline.inMillis(CALL_MILLIS);
  }

  /** Runs compile and {@code count} random steps; throws AssertionError on a discrepancy. */
  Outcome run(int count) {
    try {
      return runChecked(count);
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

  private Outcome runChecked(int count) {
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
    mode.prepare(compiled, this);
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
    for (int i = 0; i < count; i++) {
      if (steps.step(checks)) {
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

  /** Undo, as a random step would do it (after a repair, say). */
  void undo() {
    steps.undo();
  }

  /** Records that the session applied {@code repair} as one step. */
  void repaired(List<RepairStep> repair) {
    expected.note("applyRepair " + repair);
    expected.repaired(repair);
  }

  /** The decisions the session should have. */
  List<Decision> decisions() {
    return expected.decisions();
  }

  /** The decided value of {@code attribute}, or null. */
  String decided(String attribute) {
    return expected.decided(attribute);
  }

  /** Asserts that the session's decisions are the expected ones (as a set). */
  void checkDecisions(String when) {
    List<Decision> actual = session.decisions();
    check(
        new HashSet<>(actual).equals(new HashSet<>(decisions()))
            && actual.size() == expected.size(),
        () -> when + ": session.decisions() is " + actual + ", expected " + decisions());
  }

  <T> T ok(Result<T> r, String call) {
    return asserts.ok(r, call);
  }

  void expectFailure(Result<?> r, Failure.Kind kind, String call) {
    asserts.expectFailure(r, kind, call);
  }

  void check(boolean condition, Supplier<String> what) {
    asserts.check(condition, what);
  }

  AssertionError mismatch(String what) {
    return asserts.mismatch(what);
  }

  /** Domain of the engine as compact text. */
  static String show(AttributeDomain d) {
    return "offered " + d.offered() + " unset=" + d.unsetPossible() + " decided=" + d.decided();
  }
}
