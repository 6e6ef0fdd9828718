package dev.atelier.bench;

import dev.atelier.engine.result.Failure;
import java.util.List;

/** How a run ended: a report, bad input, or an engine failure. Immutable and thread-safe. */
public sealed interface BenchOutcome
    permits BenchOutcome.Completed, BenchOutcome.BadInput, BenchOutcome.EngineFailed {

  /**
   * The run completed.
   *
   * @param report what it measured
   */
  record Completed(BenchReport report) implements BenchOutcome {}

  /**
   * The model or sales file could not be used.
   *
   * @param problems one line per problem ({@code file:line:col: message})
   */
  record BadInput(List<String> problems) implements BenchOutcome {
    public BadInput {
      problems = List.copyOf(problems);
    }
  }

  /**
   * The engine gave no answer where the run needs one (compiling, an unsatisfiable model).
   *
   * @param step what the run was doing
   * @param failure the engine's failure
   */
  record EngineFailed(String step, Failure failure) implements BenchOutcome {}
}
