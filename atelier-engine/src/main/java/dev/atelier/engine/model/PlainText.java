package dev.atelier.engine.model;

import java.util.Optional;

/**
 * The one policy for text a person typed and others will read (personalization texts, wishes,
 * notes): well-formed Unicode without control characters, bidirectional overrides or invisible
 * (zero-width) characters, so that what is stored is what everyone sees. Stateless.
 */
public final class PlainText {

  /**
   * The most combining marks one character may carry: written languages stack up to four (Hebrew
   * points with cantillation); more only pile up over the lines around (a "Zalgo" text).
   */
  public static final int MAX_COMBINING_MARKS = 5;

  private PlainText() {}

  /**
   * Why {@code text} is not well-formed Unicode (a lone surrogate, which no encoding can store, or
   * U+0000, which PostgreSQL cannot store), or empty when it is. Every string of a request is held
   * to this; free text additionally to {@link #problem}.
   */
  public static Optional<String> malformed(String text) {
    int at = malformedAt(text, 0);
    if (at < 0) {
      return Optional.empty();
    }
    char c = text.charAt(at);
    return Optional.of(
        c == 0
            ? "the NUL character (U+0000) at position " + (at + 1)
            : "malformed Unicode: a lone surrogate " + hex(c) + " at position " + (at + 1));
  }

  /**
   * {@code text} with every lone surrogate and NUL replaced: by its JSON escape ({@code \\uXXXX})
   * when {@code escape}, else by U+FFFD. Well-formed text is returned as it is.
   */
  public static String replaceMalformed(String text, boolean escape) {
    int at = malformedAt(text, 0);
    if (at < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int from = 0;
    while (at >= 0) {
      out.append(text, from, at);
      out.append(escape ? String.format("\\u%04x", (int) text.charAt(at)) : "\uFFFD");
      from = at + 1;
      at = malformedAt(text, from);
    }
    return out.append(text, from, text.length()).toString();
  }

  /** The index of the first lone surrogate or NUL of {@code text} from {@code from}, or -1. */
  private static int malformedAt(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i += 2;
      } else if (Character.isSurrogate(c) || c == 0) {
        return i;
      } else {
        i++;
      }
    }
    return -1;
  }

  /**
   * Why {@code text} is not plain text, or empty when it is: well-formed ({@link #malformed}), and
   * without control characters (line breaks and tabs allowed when {@code multiLine}), bidirectional
   * controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and invisible characters
   * (U+00AD, U+180E, U+200B to U+200D, U+2060 to U+2064, U+FEFF, the tags U+E0000 to U+E007F), line
   * and paragraph separators (U+2028, U+2029, which end a line in JavaScript and some viewers but
   * not in others), and more than {@link #MAX_COMBINING_MARKS} combining marks on one character.
   */
  public static Optional<String> problem(String text, boolean multiLine) {
    Optional<String> malformed = malformed(text);
    if (malformed.isPresent()) {
      return malformed;
    }
    int i = 0;
    int marks = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      String kind = kind(c, multiLine);
      if (kind != null) {
        return Optional.of(kind + " " + hex(c) + " at position " + (i + 1));
      }
      marks = isCombiningMark(c) ? marks + 1 : 0;
      if (marks > MAX_COMBINING_MARKS) {
        return Optional.of(
            "more than "
                + MAX_COMBINING_MARKS
                + " combining marks on one character at position "
                + (i + 1));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  private static boolean isCombiningMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * The number of characters (code points, so an emoji counts once) of well-formed {@code text}.
   */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String kind(int c, boolean multiLine) {
    if (Character.getType(c) == Character.CONTROL) {
      return multiLine && (c == '\n' || c == '\r' || c == '\t') ? null : "the control character";
    }
    if (c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)) {
      return "the bidirectional control";
    }
    if (c == 0x2028 || c == 0x2029) {
      return "the line or paragraph separator";
    }
    if (c >= 0xE0000 && c <= 0xE007F) {
      return "the invisible tag character";
    }
    if (c == 0x00AD
        || c == 0x180E
        || (c >= 0x200B && c <= 0x200D)
        || (c >= 0x2060 && c <= 0x2064)
        || c == 0xFEFF) {
      return "the invisible character";
    }
    return null;
  }

  private static String hex(int c) {
    return String.format("U+%04X", c);
  }
}
