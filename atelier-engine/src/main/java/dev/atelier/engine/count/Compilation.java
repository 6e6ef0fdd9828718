package dev.atelier.engine.count;

import dev.atelier.engine.result.Deadline;
import java.util.Optional;

/**
 * A compiled form of a model ({@link DecisionDnnf}, {@link CliqueTree}) built once on a background
 * thread that this object owns, or supplied from a stored artefact. Thread-safe.
 *
 * @param <T> the compiled form
 */
public interface Compilation<T> {

  /** The compiled form if it is ready; starts the compilation on first use. */
  Optional<T> now();

  /** The compiled form if it is ready, without starting the compilation. */
  Optional<T> ready();

  /** Waits until the compilation has finished (or {@code deadline}); empty when it failed. */
  Optional<T> await(Deadline deadline);

  /**
   * Gives up the compilation unless it has started already: {@link #now()} stays empty. Returns
   * whether it was given up.
   */
  boolean decline();

  /**
   * Stops the compilation: a running one gives up at its next check and {@link #now()} stays empty.
   */
  void cancel();

  /**
   * Takes {@code compiled} (loaded from a stored artefact) as the result unless the compilation has
   * started already; returns whether it was taken.
   */
  boolean supply(T compiled);

  /** How long the finished compilation took in nanoseconds, or -1 while it runs. */
  long compileNanos();
}
