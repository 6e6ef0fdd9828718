package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
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

  private final Supplier<Optional<TableCsp>> csp;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final CompletableFuture<Optional<CliqueTree>> result = new CompletableFuture<>();
  private volatile long compileNanos = -1;

  /** A compilation of the tables {@code csp} gives (when it gives any), not started yet. */
  public TableCompilation(Supplier<Optional<TableCsp>> csp) {
    this.csp = csp;
  }

  /** The tree if it is ready; starts the build on first use. */
  public Optional<CliqueTree> now() {
    start();
    return result.getNow(Optional.empty());
  }

  /** The tree if it is ready, without starting the build. */
  public Optional<CliqueTree> ready() {
    return result.getNow(Optional.empty());
  }

  /** Waits until the build has finished (or {@code deadline}); empty when it failed. */
  public Optional<CliqueTree> await(Deadline deadline) {
    start();
    try {
      return result.get(Math.max(1, deadline.remainingMillis()), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Stops the build: a running one gives up at its next check and the tree stays empty. */
  public void cancel() {
    cancelled.set(true);
    if (started.compareAndSet(false, true)) {
      compileNanos = 0;
      result.complete(Optional.empty());
    }
  }

  /** How long the finished build took in nanoseconds, or -1 while it runs. */
  public long compileNanos() {
    return compileNanos;
  }

  private void start() {
    if (!started.compareAndSet(false, true)) {
      return;
    }
    if ("off".equals(System.getProperty("atelier.tables"))) {
      compileNanos = 0;
      result.complete(Optional.empty());
      return;
    }
    Thread worker =
        new Thread(
            () -> {
              long begin = System.nanoTime();
              Optional<CliqueTree> tree = Optional.empty();
              try {
                Optional<TableCsp> tables = csp.get();
                if (tables.isPresent()) {
                  Result<CliqueTree> built =
                      CliqueTree.build(
                          tables.get(),
                          Deadline.inMillis(3 * BUDGET_MILLIS),
                          MAX_CELLS,
                          CpuBudget.spentOr(BUDGET_MILLIS * 1_000_000, cancelled::get));
                  tree = built.isOk() ? Optional.of(built.orThrow()) : Optional.empty();
                }
              } catch (OutOfMemoryError e) {
                tree = Optional.empty();
              } finally {
                compileNanos = System.nanoTime() - begin;
                result.complete(tree);
              }
            },
            "atelier-tables");
    worker.setDaemon(true);
    worker.start();
  }
}
