package dev.atelier.formats.csv;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.SourceText;
import dev.atelier.formats.TextFiles;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads CSV input into a {@link CsvDocument}, or the problem reading it. Stateless. */
final class CsvText {

  private CsvText() {}

  /** The parsed document, or null after adding the read problem to {@code problems}. */
  static CsvDocument parse(Reader reader, String fileName, List<Diagnostic> problems) {
    return parse(TextFiles.readAll(reader, fileName), fileName, problems);
  }

  /** The parsed document, or null after adding the read problem to {@code problems}. */
  static CsvDocument parse(Path path, List<Diagnostic> problems) {
    return parse(TextFiles.read(path), path.toString(), problems);
  }

  private static CsvDocument parse(
      TextFiles.Outcome outcome, String fileName, List<Diagnostic> problems) {
    if (outcome instanceof TextFiles.Text t) {
      CsvDocument doc = CsvParser.parse(SourceText.of(t.text()), fileName);
      problems.addAll(doc.diagnostics());
      return doc;
    }
    problems.add(((TextFiles.Unreadable) outcome).diagnostic());
    return null;
  }

  /** The most diagnostics reported for one file. */
  static final int MAX_DIAGNOSTICS = 1_000;

  /** The first {@link #MAX_DIAGNOSTICS} of {@code problems}, sorted, and a note of the rest. */
  static List<Diagnostic> capped(List<Diagnostic> problems) {
    List<Diagnostic> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    if (sorted.size() <= MAX_DIAGNOSTICS) {
      return sorted;
    }
    List<Diagnostic> first = new ArrayList<>(sorted.subList(0, MAX_DIAGNOSTICS));
    Diagnostic last = first.get(MAX_DIAGNOSTICS - 1);
    first.add(
        new Diagnostic(
            last.file(),
            last.line(),
            last.column(),
            (sorted.size() - MAX_DIAGNOSTICS) + " more problems not shown"));
    return first;
  }

  /** A diagnostic at {@code cell}. */
  static Diagnostic at(String file, CsvCell cell, String message) {
    return new Diagnostic(file, cell.line(), cell.column(), message);
  }

  /** A diagnostic at the start of {@code row}. */
  static Diagnostic at(String file, CsvRow row, String message) {
    return at(file, row.cells().get(0), message);
  }
}
