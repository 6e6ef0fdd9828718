package dev.atelier.formats.csv;

import dev.atelier.formats.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of importing a CSV file: the imported value, or every problem found. Importers never
 * throw for bad input. Immutable and thread-safe when the value is.
 *
 * @param <T> what the file was imported into
 */
public sealed interface CsvImport<T> permits CsvImport.Imported, CsvImport.Rejected {

  /** The file was imported. */
  record Imported<T>(T value) implements CsvImport<T> {
    public Imported {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The file could not be imported.
   *
   * @param diagnostics every problem found, in file order; never empty
   */
  record Rejected<T>(List<Diagnostic> diagnostics) implements CsvImport<T> {
    public Rejected {
      diagnostics = List.copyOf(diagnostics);
      if (diagnostics.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs at least one diagnostic");
      }
    }
  }
}
