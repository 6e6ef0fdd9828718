package dev.atelier.formats.sales;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sales history in the Renault BR4CP format: a header line of attribute names, then one sold
 * configuration per line with one value per attribute in header order, separated by white space;
 * {@code -1} means an optional attribute is absent (unset). Blank lines are skipped; the file may
 * be gzip-compressed. Problems are placed at file, line and column. Immutable and thread-safe.
 *
 * @param file the file name problems are reported against
 * @param header the header line: its values are the attribute names
 * @param lines the sales lines, each with as many values as the header
 */
public record SalesFile(String file, SalesLine header, List<SalesLine> lines) {

  /** The value that marks an absent optional attribute. */
  public static final String ABSENT = "-1";

  public SalesFile {
    lines = List.copyOf(lines);
  }

  /** The outcome of reading a sales file. */
  public sealed interface Read permits Parsed, Unreadable {}

  /**
   * The file was read.
   *
   * @param sales the sales history
   */
  public record Parsed(SalesFile sales) implements Read {}

  /**
   * The file could not be read.
   *
   * @param diagnostic the first problem, with its file, line and column
   */
  public record Unreadable(Diagnostic diagnostic) implements Read {}

  /** Reads the (possibly gzip-compressed) file at {@code path}. */
  public static Read read(Path path) {
    TextFiles.Outcome read = TextFiles.read(path);
    if (read instanceof TextFiles.Unreadable u) {
      return new Unreadable(u.diagnostic());
    }
    return parse(((TextFiles.Text) read).text(), path.toString());
  }

  /** Parses the sales history in {@code text}, reporting problems against {@code file}. */
  public static Read parse(String text, String file) {
    SalesLine header = null;
    List<SalesLine> lines = new ArrayList<>();
    String[] all = text.split("\r?\n|\r", -1);
    for (int n = 0; n < all.length; n++) {
      if (all[n].isBlank()) {
        continue;
      }
      SalesLine line = SalesLine.of(n + 1, all[n]);
      if (header == null) {
        int repeated = firstRepeated(line.values());
        if (repeated >= 0) {
          return unreadable(
              file, line, repeated, "names column '" + line.values().get(repeated) + "' twice");
        }
        header = line;
      } else if (line.values().size() != header.values().size()) {
        return unreadable(
            file,
            line,
            header.values().size(),
            "has "
                + line.values().size()
                + " values, but the header names "
                + header.values().size());
      } else {
        lines.add(line);
      }
    }
    if (header == null) {
      return new Unreadable(
          new Diagnostic(file, 1, 1, "is empty: expected a header line of attribute names"));
    }
    return new Parsed(new SalesFile(file, header, lines));
  }

  /** The attribute names, in file order. */
  public List<String> columns() {
    return header.values();
  }

  /** The values of every sales line, in file order. */
  public List<List<String>> rows() {
    return lines.stream().map(SalesLine::values).toList();
  }

  /** Sales line {@code i} as a configuration ({@link #ABSENT} values left out: unset). */
  public Configuration configuration(int i) {
    List<String> row = lines.get(i).values();
    Map<String, String> values = new LinkedHashMap<>();
    for (int c = 0; c < row.size(); c++) {
      if (!ABSENT.equals(row.get(c))) {
        values.put(columns().get(c), row.get(c));
      }
    }
    return new Configuration(values);
  }

  /**
   * The first place where these sales do not fit {@code model}: a column that names no attribute, a
   * value the attribute does not have, or {@link #ABSENT} for an attribute that is not optional.
   */
  public Optional<Diagnostic> problemWith(ProductModel model) {
    List<Attribute> attributes = new ArrayList<>();
    for (int c = 0; c < columns().size(); c++) {
      Optional<Attribute> attribute = model.attribute(columns().get(c));
      if (attribute.isEmpty()) {
        String message =
            "column '" + columns().get(c) + "' is not an attribute of model '" + model.id() + "'";
        return Optional.of(at(file, header, c, message));
      }
      attributes.add(attribute.get());
    }
    for (SalesLine line : lines) {
      for (int c = 0; c < attributes.size(); c++) {
        String value = line.values().get(c);
        Attribute attribute = attributes.get(c);
        boolean absent = ABSENT.equals(value);
        if (absent ? !attribute.optional() : !attribute.valueIds().contains(value)) {
          String message =
              "'"
                  + value
                  + "' is not "
                  + (absent ? "allowed (absent) for" : "a value of")
                  + " attribute '"
                  + attribute.id()
                  + "'";
          return Optional.of(at(file, line, c, message));
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

  private static Diagnostic at(String file, SalesLine line, int value, String message) {
    return new Diagnostic(file, line.line(), line.columnOf(value), message);
  }

  private static Unreadable unreadable(String file, SalesLine line, int value, String message) {
    return new Unreadable(at(file, line, value, message));
  }
}
