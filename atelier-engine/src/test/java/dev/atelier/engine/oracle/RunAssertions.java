package dev.atelier.engine.oracle;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import java.util.function.Supplier;

/**
 * How a {@link ModelRun} fails: every disagreement is an {@link AssertionError} whose message names
 * the seed, the trace, the expected decisions and the model, so that the run can be replayed.
 */
final class RunAssertions {
  private final long seed;
  private final ProductModel model;
  private final BruteForceOracle oracle;
  private final ExpectedDecisions expected;

  RunAssertions(
      long seed, ProductModel model, BruteForceOracle oracle, ExpectedDecisions expected) {
    this.seed = seed;
    this.model = model;
    this.oracle = oracle;
    this.expected = expected;
  }

  /** The value of {@code r}; a mismatch naming {@code call} when it failed. */
  <T> T ok(Result<T> r, String call) {
    Failure f = r.failureOrNull();
    if (f != null) {
      throw mismatch(call + " failed: " + f.kind() + ": " + f.message() + " " + f.details());
    }
    return r.orThrow();
  }

  /** A mismatch unless {@code r} failed with {@code kind}. */
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
    return new AssertionError(
        "seed "
            + seed
            + ": "
            + what
            + "\n  decisions: "
            + expected.decisions()
            + "\n  trace: "
            + expected.trace()
            + "\n  model ("
            + oracle.valid().size()
            + " valid of "
            + oracle.all().size()
            + "):\n"
            + ModelPrinter.describe(model));
  }
}
