package dev.atelier.bench.report;

import java.util.List;
import java.util.Locale;

/**
 * Writes one flat JSON object, fields in the order added: numbers, strings, booleans and null. Not
 * thread-safe; one per object.
 */
public final class JsonObject {
  private final StringBuilder out = new StringBuilder("{");
  private boolean first = true;

  /** Adds a whole number. */
  public JsonObject put(String name, long value) {
    return raw(name, Long.toString(value));
  }

  /** Adds a number rounded to three decimals; NaN and infinities become null. */
  public JsonObject put(String name, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return raw(name, "null");
    }
    return raw(name, String.format(Locale.ROOT, "%.3f", value));
  }

  /** Adds a number, or null when absent. */
  public JsonObject put(String name, Double value) {
    return value == null ? raw(name, "null") : put(name, value.doubleValue());
  }

  /** Adds a whole number, or null when absent. */
  public JsonObject put(String name, Integer value) {
    return value == null ? raw(name, "null") : put(name, value.longValue());
  }

  /** Adds a boolean. */
  public JsonObject put(String name, boolean value) {
    return raw(name, Boolean.toString(value));
  }

  /** Adds a string, or null when absent. */
  public JsonObject put(String name, String value) {
    return raw(name, value == null ? "null" : quote(value));
  }

  /**
   * Adds an array of rows, each an array of numbers (written as given, so whole numbers stay whole
   * and the rest have three decimals).
   */
  public JsonObject putRows(String name, List<double[]> rows) {
    StringBuilder array = new StringBuilder("[");
    for (int r = 0; r < rows.size(); r++) {
      array.append(r == 0 ? "\n    [" : ",\n    [");
      double[] row = rows.get(r);
      for (int k = 0; k < row.length; k++) {
        array.append(k == 0 ? "" : ", ").append(number(row[k]));
      }
      array.append(']');
    }
    return raw(name, array.append(rows.isEmpty() ? "]" : "\n  ]").toString());
  }

  private static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "null";
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.3f", value);
  }

  /** The JSON text, one field per line. */
  @Override
  public String toString() {
    return out + "\n}\n";
  }

  private JsonObject raw(String name, String json) {
    out.append(first ? "\n  " : ",\n  ").append(quote(name)).append(": ").append(json);
    first = false;
    return this;
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
