package dev.atelier.formats.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 records: a cell is quoted when it contains the separator, a quote, a line break
 * or leading/trailing spaces; lines end with CRLF. Not thread-safe.
 */
public final class CsvWriter {
  private final Writer out;
  private final char separator;

  /** A writer of records separated by {@code separator} ({@code ,} or {@code ;}). */
  public CsvWriter(Writer out, char separator) {
    this.out = out;
    this.separator = separator;
  }

  /** Writes one record. */
  public void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(separator);
      }
      out.write(quote(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** Flushes the underlying writer. */
  public void flush() throws IOException {
    out.flush();
  }

  String quote(String cell) {
    boolean needs =
        cell.indexOf(separator) >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0
            || !cell.equals(cell.strip());
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
