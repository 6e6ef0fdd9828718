package dev.atelier.formats;

import java.util.Arrays;

/**
 * The text of a file with line breaks normalized to {@code \n} and a leading byte-order mark
 * removed, able to turn character offsets into 1-based line and column numbers for diagnostics.
 * Immutable and thread-safe.
 */
public final class SourceText {
  private final String text;
  private final int[] lineStarts;

  private SourceText(String text) {
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** {@code raw} with CRLF and lone CR turned into LF and a leading BOM dropped. */
  public static SourceText of(String raw) {
    String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    if (s.indexOf('\r') >= 0) {
      s = s.replace("\r\n", "\n").replace('\r', '\n');
    }
    return new SourceText(s);
  }

  /** The normalized text. */
  public String text() {
    return text;
  }

  /** The number of lines (at least 1). */
  public int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line of {@code offset} (clamped into the text). */
  public int line(int offset) {
    int o = clamp(offset);
    int i = Arrays.binarySearch(lineStarts, o);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The 1-based column of {@code offset} (clamped into the text). */
  public int column(int offset) {
    int o = clamp(offset);
    return o - lineStarts[line(o) - 1] + 1;
  }

  /** The offset of 1-based {@code line} and {@code column}, clamped into the text. */
  public int offset(int line, int column) {
    int l = Math.max(1, Math.min(line, lineStarts.length));
    return clamp(lineStarts[l - 1] + Math.max(0, column - 1));
  }

  /** A diagnostic at {@code offset}. */
  public Diagnostic at(String file, int offset, String message) {
    return new Diagnostic(file, line(offset), column(offset), message);
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, text.length()));
  }
}
