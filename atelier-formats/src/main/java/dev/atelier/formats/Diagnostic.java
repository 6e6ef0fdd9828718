package dev.atelier.formats;

import java.util.Objects;

/**
 * A problem found while reading a model file, at a place people can jump to. Immutable and
 * thread-safe.
 *
 * @param file the file name as given to the reader (a path, or a name such as {@code demo:bike})
 * @param line 1-based line number
 * @param column 1-based column (character index within the line)
 * @param message what is wrong, in words
 */
public record Diagnostic(String file, int line, int column, String message) {

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** The conventional compiler form {@code file:line:col: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
