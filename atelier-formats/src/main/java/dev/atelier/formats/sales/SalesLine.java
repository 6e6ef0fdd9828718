package dev.atelier.formats.sales;

import java.util.List;

/**
 * One non-blank line of a sales file: its place, its text and its white-space separated values.
 * Immutable and thread-safe.
 *
 * @param line the 1-based line number in the file
 * @param text the line as read (for placing problems in it)
 * @param values its tokens, in order
 */
public record SalesLine(int line, String text, List<String> values) {

  public SalesLine {
    values = List.copyOf(values);
  }

  /** Splits {@code text} (not blank) at white space. */
  static SalesLine of(int line, String text) {
    return new SalesLine(line, text, List.of(text.strip().split("\\s+")));
  }

  /**
   * The 1-based column where value {@code k} starts; one past the end of the line for a value the
   * line does not have.
   */
  public int columnOf(int k) {
    int i = 0;
    for (int token = 0; ; token++) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (token == k || i == text.length()) {
        return i + 1;
      }
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
    }
  }
}
