package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A table model's {@link CliqueTree}, built once on a background thread started by the first
 * request, within a CPU-time budget and a cell budget (memory), shared by all sessions. Models that
 * are not all tables, or whose tree does not fit, stay empty and their sessions keep using the
 * decision-DNNF or SAT. A built or supplied tree's decision path is exercised on synthetic evidence
 * before it is offered ({@link TreeWarmup}, {@code -Datelier.tables.warmup=0} turns it off), so the
 * first shoppers of a fresh node do not run it interpreted. Disabled with the system property
 * {@code atelier.tables=off} (to measure the other paths). Thread-safe.
 */
public final class TableCompilation extends BackgroundArtefact<CliqueTree> {
  /** CPU time the build may take (and at most three times as long on the wall clock). */
  public static final long BUDGET_MILLIS = 20_000;

  /** At most this many stored cells (clique rows times arity): about 160 MiB, indexes apart. */
  public static final long MAX_CELLS = 40_000_000L;

  /** A compilation of the tables {@code csp} gives (when it gives any), not started yet. */
  public TableCompilation(Supplier<Optional<TableCsp>> csp) {
    super("atelier-tables", 0, cancelled -> build(csp, cancelled));
  }

  private static Optional<CliqueTree> build(
      Supplier<Optional<TableCsp>> csp, BooleanSupplier cancelled) {
    Optional<TableCsp> tables = csp.get();
    if (tables.isEmpty()) {
      return Optional.empty();
    }
    Result<CliqueTree> built =
        CliqueTree.build(
            tables.get(),
            Deadline.inMillis(3 * BUDGET_MILLIS),
            MAX_CELLS,
            CpuBudget.spentOr(BUDGET_MILLIS * 1_000_000, cancelled));
    if (!built.isOk()) {
      return Optional.empty();
    }
    TreeWarmup.run(built.orThrow());
    return Optional.of(built.orThrow());
  }

  /**
   * Takes a tree built elsewhere (read from a stored artefact) unless a build has started; its
   * decision path is warmed up first ({@link TreeWarmup}), as a built tree's is.
   */
  @Override
  public boolean supply(CliqueTree built) {
    TreeWarmup.run(built);
    return super.supply(built);
  }

  /** The tree if it is ready; starts the build on first use. */
  @Override
  public Optional<CliqueTree> now() {
    declineWhenOff();
    return super.now();
  }

  /** Waits until the build has finished (or {@code deadline}); empty when it failed. */
  @Override
  public Optional<CliqueTree> await(Deadline deadline) {
    declineWhenOff();
    return super.await(deadline);
  }

  private void declineWhenOff() {
    if ("off".equals(System.getProperty("atelier.tables"))) {
      decline();
    }
  }
}
