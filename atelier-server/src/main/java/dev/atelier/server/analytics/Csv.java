package dev.atelier.server.analytics;

import java.util.List;

/** Writes RFC 4180 CSV: a header line, then one line per row, CRLF line ends. Stateless. */
public final class Csv {

  private Csv() {}

  /** The CSV text of {@code header} and {@code rows} (null cells are empty). */
  public static String of(List<String> header, List<List<Object>> rows) {
    StringBuilder out = new StringBuilder();
    line(out, List.copyOf(header));
    for (List<Object> row : rows) {
      line(out, row);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String s = String.valueOf(value);
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
