package dev.atelier.server.http;

/**
 * A caller's value (an id from the path, a name from the body) as a problem's detail repeats it: at
 * most {@link #MAX} characters, then "…", with control, format and lone surrogate characters and
 * the backslash escaped (as a backslash, "u" and four hex digits; a doubled backslash), so that a
 * problem never carries a megabyte or a terminal escape back to its caller. Stateless and
 * thread-safe.
 */
public final class Echo {

  /** How many characters of a value a problem repeats. */
  public static final int MAX = 64;

  private Echo() {}

  /** {@code value} (its {@code toString()}, "null" when null) bounded and escaped. */
  public static String of(@Nullable Object value) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 8);
    int shown = 0;
    int i = 0;
    while (i < text.length() && shown < MAX) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (c == '\\') {
        out.append("\\\\");
      } else if (escaped(c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
      shown++;
      i += width;
    }
    if (i < text.length()) {
      out.append('…');
    }
    return out.toString();
  }

  private static boolean escaped(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED;
  }
}
