package dev.atelier.engine.count;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.result.Deadline;

/**
 * A model's CNF compiled once into a {@link DecisionDnnf}, on a background thread started by the
 * first request, within a time and size budget. Tightly constrained models (such as the Renault car
 * configurator) and tree-like feature models (BusyBox, automotive01) compile in a fraction of a
 * second and then answer valid domains and counts in one pass over the nodes; models that exceed
 * the budget (Linux) keep using SAT in their sessions. The background thread stops itself at the
 * budget or when {@link #cancel() cancelled}. Thread-safe.
 */
public final class KnowledgeCompilation extends BackgroundArtefact<DecisionDnnf> {
  /**
   * How much CPU time the background compilation may take (and at most three times as long on the
   * wall clock, for a busy machine).
   */
  public static final long BUDGET_MILLIS = 2_000;

  /** At most this many nodes (bounds the memory of a compiled model to tens of MiB). */
  public static final int MAX_NODES = 500_000;

  private static final long STACK_BYTES = 512L * 1024 * 1024;

  /** A compilation of {@code cnf}, not started yet. */
  public KnowledgeCompilation(Cnf cnf) {
    super(
        "atelier-knowledge",
        STACK_BYTES,
        cancelled ->
            DnnfCompiler.compile(
                cnf.numVars(),
                cnf.clauses(),
                new int[0],
                Deadline.inMillis(3 * BUDGET_MILLIS),
                MAX_NODES,
                CpuBudget.spentOr(BUDGET_MILLIS * 1_000_000, cancelled),
                false,
                cnf.branchRanks()));
  }
}
