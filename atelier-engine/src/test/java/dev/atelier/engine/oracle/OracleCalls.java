package dev.atelier.engine.oracle;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;

/**
 * The engine calls of the state checks: their deadline (one that has already passed after {@code
 * expire(true)}) and how their answers are taken.
 */
final class OracleCalls {
  private final ModelRun run;
  private boolean expired;

  OracleCalls(ModelRun run) {
    this.run = run;
  }

  void expire(boolean passed) {
    expired = passed;
  }

  Deadline deadline() {
    return expired ? Deadline.inMillis(0) : ModelRun.deadline();
  }

  /** The answer; null when the deadline had passed and the call timed out (allowed then). */
  <T> T answer(Result<T> r, String call) {
    Failure f = r.failureOrNull();
    if (expired) {
      Coverage.hit(f == null ? "expired deadline answered" : "expired deadline failed");
      if (f != null && f.kind() == Failure.Kind.TIMED_OUT) {
        return null;
      }
    }
    return run.ok(r, call);
  }
}
