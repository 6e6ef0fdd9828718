package dev.atelier.formats;

import dev.atelier.engine.model.ProductModel;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a model file: the model, or every problem found. Readers never throw for
 * bad input; they return {@link Rejected}. Immutable and thread-safe.
 */
public sealed interface ReadResult permits ReadResult.Loaded, ReadResult.Rejected {

  /** The file was read; {@code model} has not been validated by the engine yet. */
  record Loaded(ProductModel model) implements ReadResult {
    public Loaded {
      Objects.requireNonNull(model, "model");
    }
  }

  /**
   * The file could not be read.
   *
   * @param diagnostics every problem found, in file order; never empty
   */
  record Rejected(List<Diagnostic> diagnostics) implements ReadResult {
    public Rejected {
      diagnostics = List.copyOf(diagnostics);
      if (diagnostics.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs at least one diagnostic");
      }
    }
  }

  /** A rejection with a single problem. */
  static ReadResult rejected(Diagnostic diagnostic) {
    return new Rejected(List.of(diagnostic));
  }
}
