package dev.atelier.formats;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import java.math.BigInteger;
import java.util.List;

/** Exact counts by the engine, for tests. */
public final class Counting {

  private Counting() {}

  /** The engine's exact count of {@code model}'s configurations (fails the test on failure). */
  public static BigInteger count(ProductModel model) {
    CompiledModel compiled = CompiledModel.compile(model, Deadline.inMillis(30_000)).orThrow();
    return compiled.count(Deadline.inMillis(30_000)).orThrow();
  }

  /** The model of a read result (fails the test with the diagnostics on rejection). */
  public static ProductModel loaded(ReadResult result) {
    if (result instanceof ReadResult.Loaded l) {
      return l.model();
    }
    throw new AssertionError("rejected: " + ((ReadResult.Rejected) result).diagnostics());
  }

  /** The diagnostics of a rejection (fails the test when the file was loaded). */
  public static List<Diagnostic> rejected(ReadResult result) {
    if (result instanceof ReadResult.Rejected r) {
      return r.diagnostics();
    }
    throw new AssertionError("expected a rejection, got " + result);
  }
}
