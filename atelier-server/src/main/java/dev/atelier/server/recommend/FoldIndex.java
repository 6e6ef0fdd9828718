package dev.atelier.server.recommend;

import dev.atelier.formats.Diagnostic;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cross-validation fold of each sales line: one non-negative integer per line, in sales-line
 * order; blank lines are skipped. Immutable and thread-safe.
 *
 * @param folds the fold of each sales line
 */
public record FoldIndex(List<Integer> folds) {

  public FoldIndex {
    folds = List.copyOf(folds);
  }

  /** The outcome of reading a fold index. */
  public sealed interface Read permits Parsed, Unreadable {}

  /**
   * The file was read.
   *
   * @param index the fold index
   */
  public record Parsed(FoldIndex index) implements Read {}

  /**
   * The file could not be read.
   *
   * @param diagnostic the first problem, with its file and line
   */
  public record Unreadable(Diagnostic diagnostic) implements Read {}

  /** Reads the file at {@code path}. */
  public static Read read(Path path) {
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return parse(reader, path.toString());
    } catch (IOException e) {
      return new Unreadable(new Diagnostic(path.toString(), 1, 1, "cannot read: " + e));
    }
  }

  /** Parses a fold index from {@code reader}, reporting problems against {@code name}. */
  public static Read parse(BufferedReader reader, String name) throws IOException {
    List<Integer> folds = new ArrayList<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      int fold;
      try {
        fold = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        fold = -1;
      }
      if (fold < 0) {
        return new Unreadable(
            new Diagnostic(
                name, lineNumber, 1, "expected a fold number (0 or more), found '" + text + "'"));
      }
      folds.add(fold);
    }
    return new Parsed(new FoldIndex(folds));
  }

  /** The fold of sales line {@code i} (0-based, blank lines not counted). */
  public int foldOf(int i) {
    return folds.get(i);
  }

  /** The number of sales lines in {@code fold}. */
  public long size(int fold) {
    return folds.stream().filter(f -> f == fold).count();
  }
}
