package dev.atelier.formats.csv;

import dev.atelier.formats.Diagnostic;
import java.util.List;

/**
 * A parsed CSV file: the separator in use, the non-blank records, and quoting problems found.
 * Immutable and thread-safe.
 *
 * @param separator {@code ','} or {@code ';'}
 * @param rows non-blank records in file order
 * @param diagnostics quoting problems, in file order
 */
public record CsvDocument(char separator, List<CsvRow> rows, List<Diagnostic> diagnostics) {

  public CsvDocument {
    rows = List.copyOf(rows);
    diagnostics = List.copyOf(diagnostics);
  }
}
