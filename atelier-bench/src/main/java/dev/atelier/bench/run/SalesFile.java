package dev.atelier.bench.run;

import dev.atelier.formats.Diagnostic;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A sales history in the Renault BR4CP format: a header line of variable names, then one sold
 * configuration per line with one value per variable in header order, separated by white space;
 * {@code -1} means an optional variable is absent. Blank lines are skipped. Immutable and
 * thread-safe.
 *
 * @param columns variable names, in file order
 * @param rows one list of values per sold configuration, each as long as {@code columns}
 */
public record SalesFile(List<String> columns, List<List<String>> rows) {

  /** The value that marks an absent optional variable. */
  public static final String ABSENT = "-1";

  public SalesFile {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The outcome of reading a sales file. */
  public sealed interface Read permits Parsed, Unreadable {}

  /**
   * The file was read.
   *
   * @param file the sales history
   */
  public record Parsed(SalesFile file) implements Read {}

  /**
   * The file could not be read.
   *
   * @param diagnostic the first problem, with its line
   */
  public record Unreadable(Diagnostic diagnostic) implements Read {}

  /** Reads the (possibly gzip-compressed) file at {@code path}. */
  public static Read read(Path path) {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(path));
        InputStream in = gunzipped(raw);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader, path.toString());
    } catch (IOException e) {
      return new Unreadable(new Diagnostic(path.toString(), 1, 1, "cannot read: " + e));
    }
  }

  /** Parses sales lines from {@code reader}, reporting problems against {@code name}. */
  public static Read parse(BufferedReader reader, String name) throws IOException {
    List<String> columns = null;
    List<List<String>> rows = new ArrayList<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      List<String> tokens = Arrays.asList(text.split("\\s+"));
      if (columns == null) {
        columns = tokens;
      } else if (tokens.size() != columns.size()) {
        return new Unreadable(
            new Diagnostic(
                name,
                lineNumber,
                1,
                "has " + tokens.size() + " values, but the header names " + columns.size()));
      } else {
        rows.add(tokens);
      }
    }
    if (columns == null) {
      return new Unreadable(new Diagnostic(name, 1, 1, "is empty: expected a header line"));
    }
    return new Parsed(new SalesFile(columns, rows));
  }

  private static InputStream gunzipped(InputStream raw) throws IOException {
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
  }
}
