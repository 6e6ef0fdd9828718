package dev.atelier.formats.check;

/** Hears how far a long check has come (for a progress bar). Implementations must be cheap. */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = (step, done, total) -> {};

  /** {@code done} of {@code total} units of {@code step} are finished. */
  void progress(String step, int done, int total);
}
