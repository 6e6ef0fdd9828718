package dev.atelier.formats.dimacs;

/** Whitespace-separated tokens and integers inside one line, without allocation. Stateless. */
final class Tokens {

  /** {@link #parse} result for a token that is not an integer. */
  static final long NOT_INTEGER = Long.MIN_VALUE;

  /** {@link #parse} result for an integer with too many digits. */
  static final long TOO_LARGE = Long.MAX_VALUE;

  private static final long LIMIT = Long.MAX_VALUE / 10 - 10;

  private Tokens() {}

  /** The index of the first non-blank character at or after {@code from}, or the length. */
  static int skipBlanks(String line, int from) {
    int i = from;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index just after the token starting at {@code from}. */
  static int end(String line, int from) {
    int i = from;
    while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The decimal integer {@code line[from, to)} (optional leading minus, digits only), {@link
   * #NOT_INTEGER} if it is none, or {@link #TOO_LARGE} if its magnitude does not fit comfortably in
   * a long.
   */
  static long parse(String line, int from, int to) {
    int i = from;
    boolean negative = i < to && line.charAt(i) == '-';
    if (negative) {
      i++;
    }
    if (i == to) {
      return NOT_INTEGER;
    }
    long value = 0;
    boolean tooLarge = false;
    for (; i < to; i++) {
      char c = line.charAt(i);
      if (c < '0' || c > '9') {
        return NOT_INTEGER;
      }
      if (value > LIMIT) {
        tooLarge = true;
      } else {
        value = value * 10 + (c - '0');
      }
    }
    if (tooLarge) {
      return TOO_LARGE;
    }
    return negative ? -value : value;
  }
}
