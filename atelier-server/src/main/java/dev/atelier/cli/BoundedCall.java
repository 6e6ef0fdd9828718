package dev.atelier.cli;

import dev.atelier.engine.result.Deadline;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs an engine call on its own daemon thread with a large stack and stops waiting for it shortly
 * after its deadline, so a command honours {@code --timeout} even where the engine checks its
 * deadline only now and then. The abandoned call keeps running until the JVM exits. Stateless and
 * thread-safe.
 */
final class BoundedCall {

  /** Stack of the worker thread: deep recursion in compilers and counters needs more than 1 MB. */
  static final long STACK_BYTES = 512L << 20;

  /** How long to wait past the deadline for the engine to report the timeout itself. */
  static final long GRACE_MILLIS = 1_000;

  private BoundedCall() {}

  /**
   * The value of {@code task}, or empty when it has not finished {@link #GRACE_MILLIS} after {@code
   * deadline}. A runtime exception thrown by the task is rethrown.
   */
  static <T> Optional<T> call(String name, Supplier<T> task, Deadline deadline) {
    CompletableFuture<T> future = new CompletableFuture<>();
    Runnable body =
        () -> {
          try {
            future.complete(task.get());
          } catch (RuntimeException e) {
            future.completeExceptionally(e);
          } finally {
            // No-op after the lines above; reached alone only when an Error escapes the task.
            future.completeExceptionally(new IllegalStateException(name + " stopped abnormally"));
          }
        };
    Thread worker = new Thread(null, body, "atelier-" + name, STACK_BYTES);
    worker.setDaemon(true);
    worker.start();
    try {
      return Optional.of(
          future.get(deadline.remainingMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(name + " failed", e.getCause());
    }
  }
}
