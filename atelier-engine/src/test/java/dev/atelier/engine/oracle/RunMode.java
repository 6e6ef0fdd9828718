package dev.atelier.engine.oracle;

import dev.atelier.engine.compile.CompiledModel;

/** Which form of its compiled model a {@link ModelRun}'s sessions answer from. */
enum RunMode {
  /** The decision-DNNF, and the clique tree of a table model once it is built. */
  COMPILED,
  /** SAT alone: the compiled forms are declined. */
  SAT,
  /** The clique tree alone (table models): the decision-DNNF is declined. */
  TREE;

  /** Even seeds answer from the compiled forms, odd seeds by SAT. */
  static RunMode of(long seed) {
    return seed % 2 == 0 ? COMPILED : SAT;
  }

  /** Waits for or declines the forms of {@code compiled} so that sessions answer in this mode. */
  void prepare(CompiledModel compiled, ModelRun run) {
    if (this == COMPILED) {
      run.check(
          compiled.knowledge().await(ModelRun.deadline()).isPresent(), () -> "no DNNF in time");
      compiled.tables().await(ModelRun.deadline());
    } else if (this == SAT) {
      compiled.knowledge().decline();
      compiled.tables().cancel();
    } else {
      compiled.knowledge().cancel();
      run.check(
          compiled.tables().await(ModelRun.deadline()).isPresent(), () -> "no clique tree in time");
    }
  }
}
