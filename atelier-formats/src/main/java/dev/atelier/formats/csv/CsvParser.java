package dev.atelier.formats.csv;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 CSV parser that keeps positions: fields may be quoted with {@code "} (a doubled
 * {@code ""} is a quote, quoted fields may span lines); the separator is {@code ;} when the first
 * line has more semicolons than commas outside quotes, else {@code ,}. Unquoted fields are trimmed;
 * blank lines are skipped. Problems (an unterminated quote, text after a closing quote, a quote
 * inside an unquoted field) become diagnostics; parsing goes on. Not thread-safe; one per file.
 */
public final class CsvParser {
  private final SourceText source;
  private final String file;
  private final String text;
  private final char separator;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int pos;

  private CsvParser(SourceText source, String file) {
    this.source = source;
    this.file = file;
    this.text = source.text();
    this.separator = detectSeparator(text);
  }

  /** Parses {@code source}, reporting problems against {@code file}. */
  public static CsvDocument parse(SourceText source, String file) {
    CsvParser p = new CsvParser(source, file);
    List<CsvRow> rows = p.rows();
    return new CsvDocument(p.separator, rows, p.diagnostics);
  }

  /**
   * {@code ;} when the first line has more semicolons than commas outside quotes, else {@code ,}.
   */
  static char detectSeparator(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '\n') {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private List<CsvRow> rows() {
    List<CsvRow> rows = new ArrayList<>();
    while (pos < text.length()) {
      int rowStart = pos;
      List<CsvCell> cells = new ArrayList<>();
      boolean more = true;
      while (more) {
        cells.add(cell());
        more = pos < text.length() && text.charAt(pos) == separator;
        if (more) {
          pos++;
        }
      }
      if (pos < text.length()) {
        pos++; // the line break
      }
      boolean blank = cells.size() == 1 && cells.get(0).text().isEmpty() && !cells.get(0).quoted();
      if (!blank) {
        rows.add(new CsvRow(source.line(rowStart), cells));
      }
    }
    return rows;
  }

  private CsvCell cell() {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
    int start = pos;
    if (pos < text.length() && text.charAt(pos) == '"') {
      return quotedCell(start);
    }
    boolean quoteReported = false;
    while (pos < text.length() && text.charAt(pos) != separator && text.charAt(pos) != '\n') {
      if (text.charAt(pos) == '"' && !quoteReported) {
        quoteReported = true;
        diagnostics.add(
            source.at(file, pos, "a quote inside an unquoted field; quote the whole field"));
      }
      pos++;
    }
    return new CsvCell(
        text.substring(start, pos).strip(), false, source.line(start), source.column(start));
  }

  private CsvCell quotedCell(int start) {
    StringBuilder sb = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= text.length()) {
        diagnostics.add(source.at(file, start, "this quoted field is never closed"));
        break;
      }
      char c = text.charAt(pos++);
      if (c != '"') {
        sb.append(c);
      } else if (pos < text.length() && text.charAt(pos) == '"') {
        sb.append('"');
        pos++;
      } else {
        break;
      }
    }
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
    if (pos < text.length() && text.charAt(pos) != separator && text.charAt(pos) != '\n') {
      diagnostics.add(
          source.at(
              file, pos, "unexpected text after a closing quote; expected '" + separator + "'"));
      while (pos < text.length() && text.charAt(pos) != separator && text.charAt(pos) != '\n') {
        pos++;
      }
    }
    return new CsvCell(sb.toString(), true, source.line(start), source.column(start));
  }
}
