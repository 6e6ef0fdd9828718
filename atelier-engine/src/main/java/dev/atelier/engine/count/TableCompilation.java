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
 * decision-DNNF or SAT. Disabled with the system property {@code atelier.tables=off} (to measure
 * the other paths). Thread-safe.
 */
public final class TableCompilation {
  /** CPU time the build may take (and at most three times as long on the wall clock). */
  public static final long BUDGET_MILLIS = 20_000;

  /** At most this many stored cells (clique rows times arity): about 160 MiB, indexes apart. */
  public static final long MAX_CELLS = 40_000_000L;

  private final BackgroundArtefact<CliqueTree> artefact;

  /** A compilation of the tables {@code csp} gives (when it gives any), not started yet. */
  public TableCompilation(Supplier<Optional<TableCsp>> csp) {
    this.artefact =
        new BackgroundArtefact<>("atelier-tables", 0, cancelled -> build(csp, cancelled));
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
    return built.isOk() ? Optional.of(built.orThrow()) : Optional.empty();
  }

  /** The tree if it is ready; starts the build on first use. */
  public Optional<CliqueTree> now() {
    declineWhenOff();
    return artefact.now();
  }

  /** The tree if it is ready, without starting the build. */
  public Optional<CliqueTree> ready() {
    return artefact.ready();
  }

  /** Waits until the build has finished (or {@code deadline}); empty when it failed. */
  public Optional<CliqueTree> await(Deadline deadline) {
    declineWhenOff();
    return artefact.await(deadline);
  }

  /** Stops the build: a running one gives up at its next check and the tree stays empty. */
  public void cancel() {
    artefact.cancel();
  }

  /**
   * Takes {@code compiled} (loaded from a stored artefact) as the result unless the compilation has
   * started already; returns whether it was taken.
   */
  public boolean supply(CliqueTree compiled) {
    return artefact.supply(compiled);
  }

  /** How long the finished build took in nanoseconds, or -1 while it runs. */
  public long compileNanos() {
    return artefact.compileNanos();
  }

  private void declineWhenOff() {
    if ("off".equals(System.getProperty("atelier.tables"))) {
      artefact.decline();
    }
  }
}
