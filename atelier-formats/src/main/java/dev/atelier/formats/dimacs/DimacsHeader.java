package dev.atelier.formats.dimacs;

/**
 * A well-formed {@code p cnf <variables> <clauses>} header.
 *
 * @param variables the declared variable count
 * @param clauses the declared clause count
 * @param clauseCountColumn where the clause count stands, for problems about it
 */
record DimacsHeader(int variables, long clauses, int clauseCountColumn) {

  /** How the header reads, for messages. */
  static final String FORM = "'p cnf <variables> <clauses>'";

  /**
   * The header starting at {@code at} of {@code line} (line number {@code lineNo}), or null after
   * reporting what is wrong with it.
   */
  static DimacsHeader read(String line, int at, int lineNo, DimacsProblems problems) {
    int end = Tokens.end(line, at);
    if (end != at + 1) {
      problems.report(
          lineNo, at + 1, "malformed header '" + line.substring(at, end) + "': expected " + FORM);
      return null;
    }
    int formatStart = Tokens.skipBlanks(line, end);
    int formatEnd = Tokens.end(line, formatStart);
    if (formatStart == formatEnd) {
      problems.report(lineNo, formatStart + 1, "the header lacks the format: expected " + FORM);
      return null;
    }
    String format = line.substring(formatStart, formatEnd);
    if (!format.equals("cnf")) {
      problems.report(
          lineNo, formatStart + 1, "unsupported format '" + format + "': expected " + FORM);
      return null;
    }
    int varsStart = Tokens.skipBlanks(line, formatEnd);
    int varsEnd = Tokens.end(line, varsStart);
    long variables =
        number(
            line,
            varsStart,
            varsEnd,
            "variable count",
            DimacsParser.MAX_VARIABLES,
            lineNo,
            problems);
    if (varsStart == varsEnd) {
      return null;
    }
    int countStart = Tokens.skipBlanks(line, varsEnd);
    int countEnd = Tokens.end(line, countStart);
    long count =
        number(line, countStart, countEnd, "clause count", Integer.MAX_VALUE, lineNo, problems);
    int extra = Tokens.skipBlanks(line, countEnd);
    if (extra < line.length()) {
      problems.report(
          lineNo,
          extra + 1,
          "unexpected '"
              + line.substring(extra, Tokens.end(line, extra))
              + "' after the header: expected "
              + FORM);
    }
    if (variables < 0 || count < 0) {
      return null;
    }
    return new DimacsHeader((int) variables, count, countStart + 1);
  }

  /** The number in {@code line[start, end)}, or -1 after reporting why it is unusable. */
  private static long number(
      String line, int start, int end, String what, long max, int lineNo, DimacsProblems problems) {
    if (start == end) {
      problems.report(lineNo, start + 1, "the header lacks the " + what + ": expected " + FORM);
      return -1;
    }
    String token = line.substring(start, end);
    long value = Tokens.parse(line, start, end);
    if (value == Tokens.NOT_INTEGER || value < 0) {
      problems.report(
          lineNo,
          start + 1,
          "the " + what + " must be a non-negative integer, found '" + token + "'");
      return -1;
    }
    if (value > max) {
      problems.report(
          lineNo, start + 1, "the " + what + " " + token + " is too large (at most " + max + ")");
      return -1;
    }
    return value;
  }
}
