package dev.atelier.server.recommend;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.ProductModel;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A sales history in the Renault BR4CP format: a header line of attribute names, then one sold
 * configuration per line with one value per attribute in header order, separated by white space;
 * {@code -1} means an optional attribute is absent (unset). Blank lines are skipped. Immutable and
 * thread-safe.
 *
 * @param columns attribute names, in file order
 * @param headerLine the 1-based file line of the header
 * @param rows one list of values per sold configuration, each as long as {@code columns}
 * @param lines the 1-based file line of each row, for messages
 */
public record SalesHistory(
    List<String> columns, int headerLine, List<List<String>> rows, List<Integer> lines) {

  /** The value that marks an absent optional attribute. */
  public static final String ABSENT = "-1";

  public SalesHistory {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    lines = List.copyOf(lines);
    if (lines.size() != rows.size()) {
      throw new IllegalArgumentException(rows.size() + " rows but " + lines.size() + " lines");
    }
  }

  /** The outcome of reading a sales file. */
  public sealed interface Read permits Parsed, Unreadable {}

  /**
   * The file was read.
   *
   * @param history the sales history
   */
  public record Parsed(SalesHistory history) implements Read {}

  /**
   * The file could not be read.
   *
   * @param diagnostic the first problem, with its file and line
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
    int headerLine = 0;
    List<List<String>> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      List<String> tokens = Arrays.asList(text.split("\\s+"));
      if (columns == null) {
        int repeated = firstRepeated(tokens);
        if (repeated >= 0) {
          return unreadable(name, lineNumber, "names column '" + tokens.get(repeated) + "' twice");
        }
        columns = tokens;
        headerLine = lineNumber;
      } else if (tokens.size() != columns.size()) {
        return unreadable(
            name,
            lineNumber,
            "has " + tokens.size() + " values, but the header names " + columns.size());
      } else {
        rows.add(tokens);
        lines.add(lineNumber);
      }
    }
    if (columns == null) {
      return unreadable(name, 1, "is empty: expected a header line of attribute names");
    }
    return new Parsed(new SalesHistory(columns, headerLine, rows, lines));
  }

  /** Row {@code i} as a configuration of the columns ({@link #ABSENT} values left out: unset). */
  public Configuration configuration(int i) {
    List<String> row = rows.get(i);
    Map<String, String> values = new LinkedHashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      if (!ABSENT.equals(row.get(c))) {
        values.put(columns.get(c), row.get(c));
      }
    }
    return new Configuration(values);
  }

  /**
   * The first place where these sales do not fit {@code model}, reported against {@code name}: a
   * column that names no attribute, a value the attribute does not have, or {@link #ABSENT} for an
   * attribute that is not optional.
   */
  public Optional<Diagnostic> problemWith(ProductModel model, String name) {
    List<Attribute> attributes = new ArrayList<>();
    for (String column : columns) {
      Optional<Attribute> attribute = model.attribute(column);
      if (attribute.isEmpty()) {
        return Optional.of(
            new Diagnostic(
                name,
                headerLine,
                1,
                "column '" + column + "' is not an attribute of model '" + model.id() + "'"));
      }
      attributes.add(attribute.get());
    }
    for (int i = 0; i < rows.size(); i++) {
      for (int c = 0; c < columns.size(); c++) {
        String value = rows.get(i).get(c);
        Attribute attribute = attributes.get(c);
        boolean known =
            ABSENT.equals(value) ? attribute.optional() : attribute.valueIds().contains(value);
        if (!known) {
          return Optional.of(
              new Diagnostic(
                  name,
                  lines.get(i),
                  1,
                  "value "
                      + (c + 1)
                      + " '"
                      + value
                      + "' is not "
                      + (ABSENT.equals(value) ? "allowed (absent) for" : "a value of")
                      + " attribute '"
                      + columns.get(c)
                      + "'"));
        }
      }
    }
    return Optional.empty();
  }

  private static int firstRepeated(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.subList(0, i).contains(tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static Unreadable unreadable(String name, int line, String message) {
    return new Unreadable(new Diagnostic(name, line, 1, message));
  }

  private static InputStream gunzipped(InputStream raw) throws IOException {
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
  }
}
