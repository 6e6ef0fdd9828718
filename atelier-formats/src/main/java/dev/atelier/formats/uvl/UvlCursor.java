package dev.atelier.formats.uvl;

import dev.atelier.formats.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Where {@link UvlLexer} and its {@link UvlTokenReader} are in the source: the position, its line
 * and where that line starts, the tokens so far and the problems found. Not thread-safe: one per
 * source.
 */
final class UvlCursor {

  final String source;
  final List<Token> tokens = new ArrayList<>();
  private final String file;
  private final List<Diagnostic> diagnostics;
  int pos;
  int line = 1;
  int lineStart;

  UvlCursor(String source, String file, List<Diagnostic> diagnostics) {
    this.source = source;
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** The kind of the last token. */
  Token.Kind last() {
    return tokens.get(tokens.size() - 1).kind();
  }

  /** Steps over the line break at {@link #pos} (CR LF as one). */
  void newline() {
    if (source.charAt(pos) == '\r' && pos + 1 < source.length() && source.charAt(pos + 1) == '\n') {
      pos++;
    }
    pos++;
    line++;
    lineStart = pos;
  }

  /** Where the line of {@code from} ends (its line break, or the end of the source). */
  int lineEnd(int from) {
    int eol = from;
    while (eol < source.length() && source.charAt(eol) != '\n' && source.charAt(eol) != '\r') {
      eol++;
    }
    return eol;
  }

  /** Adds a token from {@code start} to {@code end} on the current line. */
  void add(Token.Kind kind, String text, int start, int end) {
    tokens.add(new Token(kind, text, line, start - lineStart + 1, start, end));
  }

  /** Records a problem at {@code atLine}, {@code column}. */
  void report(int atLine, int column, String message) {
    diagnostics.add(new Diagnostic(file, atLine, column, message));
  }
}
