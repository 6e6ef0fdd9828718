package dev.atelier.formats.yaml;

import dev.atelier.formats.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Collects the diagnostics of one file, placing them at YAML nodes. Not thread-safe. */
final class Diagnostics {
  private final String file;
  private final String[] lines;
  private final List<Diagnostic> found = new ArrayList<>();

  Diagnostics(String file, String source) {
    this.file = file;
    this.lines = source.split("\r\n|\r|\n", -1);
  }

  /** Reports a problem at 1-based {@code line}:{@code column}. */
  void at(int line, int column, String message) {
    found.add(new Diagnostic(file, line, column, message));
  }

  /** Reports a problem at a YAML mark. */
  void at(Optional<Mark> mark, String message) {
    at(
        mark.map(m -> m.getLine() + 1).orElse(1),
        mark.map(m -> m.getColumn() + 1).orElse(1),
        message);
  }

  /** Reports a problem at the start of {@code node}. */
  void at(Node node, String message) {
    at(node.getStartMark(), message);
  }

  /**
   * Reports a problem at character {@code offset} of a scalar's text: exact for single-line plain
   * and quoted scalars and for literal blocks, else at the scalar's start.
   */
  void inScalar(ScalarNode node, int offset, String message) {
    Optional<Mark> start = node.getStartMark();
    String value = node.getValue();
    if (start.isEmpty() || offset < 0 || offset > value.length()) {
      at(node, message);
      return;
    }
    int line = start.get().getLine();
    int column = start.get().getColumn();
    ScalarStyle style = node.getScalarStyle();
    if (style == ScalarStyle.LITERAL) {
      int before = value.lastIndexOf('\n', offset - 1) + 1;
      int lineIndex = line + 1 + count(value.substring(0, before));
      if (lineIndex < lines.length) {
        String valueLine = value.substring(before, lineEnd(value, before));
        int at = lines[lineIndex].indexOf(valueLine);
        if (at >= 0) {
          at(lineIndex + 1, at + 1 + offset - before, message);
          return;
        }
      }
    } else if (style == ScalarStyle.PLAIN
        || style == ScalarStyle.SINGLE_QUOTED
        || style == ScalarStyle.DOUBLE_QUOTED) {
      int quote = style == ScalarStyle.PLAIN ? 0 : 1;
      if (line < lines.length
          && value.indexOf('\n') < 0
          && matches(lines[line], column + quote, value)) {
        at(line + 1, column + quote + offset + 1, message);
        return;
      }
    }
    at(node, message);
  }

  private static boolean matches(String line, int codePointColumn, String value) {
    if (codePointColumn > line.codePointCount(0, line.length())) {
      return false;
    }
    int index = line.offsetByCodePoints(0, codePointColumn);
    return line.startsWith(value, index);
  }

  private static int count(String text) {
    return (int) text.chars().filter(c -> c == '\n').count();
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Adds the problems found in another file (an imported library). */
  void addAll(List<Diagnostic> others) {
    found.addAll(others);
  }

  /** Everything reported, in file order (this file's first, then those of other files). */
  List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(found);
    copy.sort(
        Comparator.comparing((Diagnostic x) -> !x.file().equals(file))
            .thenComparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column));
    return copy;
  }
}
