package dev.atelier.formats.dimacs;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one DIMACS file: the first {@link DimacsParser#MAX_DIAGNOSTICS} reported
 * one by one, the rest only counted. Not thread-safe.
 */
final class DimacsProblems {
  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int suppressed;
  private Diagnostic firstSuppressed;

  DimacsProblems(String file) {
    this.file = file;
  }

  /** Reports a problem, counted only once {@link DimacsParser#MAX_DIAGNOSTICS} are shown. */
  void report(int line, int column, String message) {
    Diagnostic diagnostic = at(line, column, message);
    if (diagnostics.size() < DimacsParser.MAX_DIAGNOSTICS) {
      diagnostics.add(diagnostic);
    } else {
      if (suppressed == 0) {
        firstSuppressed = diagnostic;
      }
      suppressed++;
    }
  }

  /** Adds a problem of the whole file (clause counts, I/O), shown whatever the count. */
  void add(int line, int column, String message) {
    diagnostics.add(at(line, column, message));
  }

  boolean isEmpty() {
    return diagnostics.isEmpty();
  }

  /** Every problem in file order, then a note of those not shown. */
  ReadResult rejected() {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    if (suppressed > 0) {
      all.add(
          at(
              firstSuppressed.line(),
              firstSuppressed.column(),
              "too many problems: "
                  + suppressed
                  + " more from here on are not shown (first: "
                  + firstSuppressed.message()
                  + ")"));
    }
    return new ReadResult.Rejected(all);
  }

  private Diagnostic at(int line, int column, String message) {
    return new Diagnostic(file, line, column, message);
  }
}
