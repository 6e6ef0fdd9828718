package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * An artefact built once on a background daemon thread started by the first request, owned by this
 * object: {@link #cancel()} makes a running build give up at its next check (the build polls the
 * stop condition it is given). A build that fails, runs out of stack or memory, or is cancelled
 * leaves the artefact empty, so callers keep using their fallback. The common part of {@link
 * KnowledgeCompilation} and {@link TableCompilation}. Thread-safe.
 *
 * @param <T> the artefact
 */
abstract class BackgroundArtefact<T> implements Compilation<T> {
  private final String threadName;
  private final long stackBytes;
  private final Function<BooleanSupplier, Optional<T>> build;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final CompletableFuture<Optional<T>> result = new CompletableFuture<>();
  private volatile long compileNanos = -1;

  /**
   * A build not started yet: {@code build} gets the cancellation flag and returns the artefact, or
   * empty when it does not fit; {@code stackBytes} 0 means the JVM's default thread stack.
   */
  BackgroundArtefact(
      String threadName, long stackBytes, Function<BooleanSupplier, Optional<T>> build) {
    this.threadName = threadName;
    this.stackBytes = stackBytes;
    this.build = build;
  }

  @Override
  public Optional<T> now() {
    start();
    return ready();
  }

  @Override
  public Optional<T> ready() {
    return result.getNow(Optional.empty());
  }

  @Override
  public Optional<T> await(Deadline deadline) {
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

  @Override
  public boolean decline() {
    return settle(Optional.empty());
  }

  @Override
  public boolean supply(T built) {
    return settle(Optional.of(built));
  }

  private boolean settle(Optional<T> artefact) {
    if (started.compareAndSet(false, true)) {
      compileNanos = 0;
      result.complete(artefact);
      return true;
    }
    return false;
  }

  @Override
  public void cancel() {
    cancelled.set(true);
    decline();
  }

  @Override
  public long compileNanos() {
    return compileNanos;
  }

  private void start() {
    if (!started.compareAndSet(false, true)) {
      return;
    }
    Thread worker = new Thread(null, this::run, threadName, stackBytes);
    worker.setDaemon(true);
    worker.start();
  }

  private void run() {
    long begin = System.nanoTime();
    Optional<T> artefact = Optional.empty();
    try {
      artefact = build.apply(cancelled::get);
    } catch (StackOverflowError | OutOfMemoryError e) {
      artefact = Optional.empty();
    } finally {
      compileNanos = System.nanoTime() - begin;
      result.complete(artefact);
    }
  }
}
