package dev.atelier.bench.run;

import dev.atelier.engine.compile.CompiledModel;

/**
 * A model read and compiled for a run, with the time each step took. Immutable and thread-safe (the
 * compiled model is).
 *
 * @param name what the model was called on the command line
 * @param compiled the compiled model
 * @param loadNanos time to read the file
 * @param compileNanos time to compile
 */
public record LoadedModel(String name, CompiledModel compiled, long loadNanos, long compileNanos) {

  /** Number of attributes. */
  public int attributes() {
    return compiled.variables().attributes().size();
  }

  /** Number of CNF variables. */
  public int cnfVariables() {
    return compiled.cnf().numVars();
  }

  /** Number of CNF clauses. */
  public int cnfClauses() {
    return compiled.cnf().clauses().length;
  }
}
