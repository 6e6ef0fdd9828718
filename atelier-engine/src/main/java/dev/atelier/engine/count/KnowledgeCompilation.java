package dev.atelier.engine.count;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.result.Deadline;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A model's CNF compiled once into a {@link DecisionDnnf}, on a background thread started by the
 * first request, within a time and size budget. Tightly constrained models (such as the Renault car
 * configurator) and tree-like feature models (BusyBox, automotive01) compile in a fraction of a
 * second and then answer valid domains and counts in one pass over the nodes; models that exceed
 * the budget (Linux) keep using SAT in their sessions. The background thread stops itself at the
 * budget or when {@link #cancel() cancelled}. Thread-safe.
 */
public final class KnowledgeCompilation {
  /**
   * How much CPU time the background compilation may take (and at most three times as long on the
   * wall clock, for a busy machine).
   */
  public static final long BUDGET_MILLIS = 2_000;

  /** At most this many nodes (bounds the memory of a compiled model to tens of MiB). */
  public static final int MAX_NODES = 500_000;

  private static final long STACK_BYTES = 512L * 1024 * 1024;

  private final Cnf cnf;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final CompletableFuture<Optional<DecisionDnnf>> result = new CompletableFuture<>();
  private volatile long compileNanos = -1;

  /** A compilation of {@code cnf}, not started yet. */
  public KnowledgeCompilation(Cnf cnf) {
    this.cnf = cnf;
  }

  /** The compiled DNNF if it is ready; starts the compilation on first use. */
  public Optional<DecisionDnnf> now() {
    start();
    return result.getNow(Optional.empty());
  }

  /** The compiled DNNF if it is ready, without starting the compilation. */
  public Optional<DecisionDnnf> ready() {
    return result.getNow(Optional.empty());
  }

  /** Waits until the compilation has finished (or {@code deadline}); empty when it failed. */
  public Optional<DecisionDnnf> await(Deadline deadline) {
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

  /**
   * Gives up the compilation unless it has started already: {@link #now()} stays empty, so sessions
   * keep using SAT. Returns whether it was given up.
   */
  public boolean decline() {
    if (started.compareAndSet(false, true)) {
      compileNanos = 0;
      result.complete(Optional.empty());
      return true;
    }
    return false;
  }

  /**
   * Stops the compilation (this object owns its background thread): a running one gives up at its
   * next check and {@link #now()} stays empty, so sessions keep using SAT.
   */
  public void cancel() {
    cancelled.set(true);
    decline();
  }

  /** How long the finished compilation took in nanoseconds, or -1 while it runs. */
  public long compileNanos() {
    return compileNanos;
  }

  private void start() {
    if (!started.compareAndSet(false, true)) {
      return;
    }
    Thread worker =
        new Thread(
            null,
            () -> {
              long begin = System.nanoTime();
              Optional<DecisionDnnf> dnnf = Optional.empty();
              try {
                dnnf =
                    DnnfCompiler.compile(
                        cnf.numVars(),
                        cnf.clauses(),
                        new int[0],
                        Deadline.inMillis(3 * BUDGET_MILLIS),
                        MAX_NODES,
                        CpuBudget.spentOr(BUDGET_MILLIS * 1_000_000, cancelled::get),
                        false,
                        cnf.branchRanks());
              } catch (StackOverflowError | OutOfMemoryError e) {
                dnnf = Optional.empty();
              } finally {
                compileNanos = System.nanoTime() - begin;
                result.complete(dnnf);
              }
            },
            "atelier-knowledge",
            STACK_BYTES);
    worker.setDaemon(true);
    worker.start();
  }
}
