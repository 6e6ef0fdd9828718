package dev.atelier.formats.csv;

import java.util.List;

/**
 * One record of a CSV file. Immutable and thread-safe.
 *
 * @param line 1-based line where the record starts
 * @param cells the cells, at least one
 */
public record CsvRow(int line, List<CsvCell> cells) {

  public CsvRow {
    cells = List.copyOf(cells);
  }

  /** The texts of the cells. */
  public List<String> texts() {
    return cells.stream().map(CsvCell::text).toList();
  }
}
