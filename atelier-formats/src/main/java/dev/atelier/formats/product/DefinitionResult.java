package dev.atelier.formats.product;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a native model file: the definition, or every problem found. Readers never
 * throw for bad input. Immutable and thread-safe.
 */
public sealed interface DefinitionResult
    permits DefinitionResult.Loaded, DefinitionResult.Rejected {

  /** The file was read and its model passed the engine's structural validation. */
  record Loaded(ProductDefinition definition) implements DefinitionResult {
    public Loaded {
      Objects.requireNonNull(definition, "definition");
    }
  }

  /**
   * The file could not be read.
   *
   * @param diagnostics every problem found, in file order; never empty
   */
  record Rejected(List<Diagnostic> diagnostics) implements DefinitionResult {
    public Rejected {
      diagnostics = List.copyOf(diagnostics);
      if (diagnostics.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs at least one diagnostic");
      }
    }
  }

  /** The same outcome for the model alone. */
  default ReadResult toReadResult() {
    if (this instanceof Loaded loaded) {
      return new ReadResult.Loaded(loaded.definition().model());
    }
    return new ReadResult.Rejected(((Rejected) this).diagnostics());
  }
}
