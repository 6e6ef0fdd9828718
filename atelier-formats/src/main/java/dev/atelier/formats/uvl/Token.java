package dev.atelier.formats.uvl;

/**
 * One UVL token with where it starts. Immutable and thread-safe.
 *
 * @param kind what kind of token
 * @param text the name, string content, number or symbol ({@code "=>"}); empty for layout tokens
 * @param line 1-based line
 * @param column 1-based column
 * @param start offset of the first character in the source
 * @param end offset after the last character in the source
 */
record Token(Kind kind, String text, int line, int column, int start, int end) {

  /** Token kinds; layout tokens carry the indentation structure like Python's. */
  enum Kind {
    /** A plain name ({@code Feature_1}); keywords are names too. */
    NAME,
    /** A double-quoted name ({@code "Feature With Space"}), text without quotes. */
    QUOTED_NAME,
    /** A single-quoted string, text without quotes. */
    STRING,
    /** An integer or decimal number. */
    NUMBER,
    /** An operator or punctuation. */
    SYMBOL,
    /** The end of a logical line. */
    NEWLINE,
    /** The next line is indented deeper. */
    INDENT,
    /** The next line is indented less (one per closed level). */
    DEDENT,
    /** The end of the input. */
    EOF
  }

  /** Whether this is the plain name or symbol {@code text}. */
  boolean is(String expected) {
    return (kind == Kind.NAME || kind == Kind.SYMBOL) && text.equals(expected);
  }

  /** What the token looks like in an error message. */
  String describe() {
    return switch (kind) {
      case NAME -> "'" + text + "'";
      case QUOTED_NAME -> "\"" + text + "\"";
      case STRING -> "string '" + text + "'";
      case NUMBER -> "number " + text;
      case SYMBOL -> "'" + text + "'";
      case NEWLINE -> "end of line";
      case INDENT -> "an indented line";
      case DEDENT -> "the end of an indented block";
      case EOF -> "end of file";
    };
  }
}
