package dev.atelier.formats.csv;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Converts a decimal price ("12.50", "-3", "1 299,90" with a comma when {@code ;} separates cells)
 * to minor units exactly, refusing more decimals than the currency has. Stateless and thread-safe.
 */
final class DecimalPrice {

  private static final Pattern SYNTAX = Pattern.compile("[+-]?\\d{1,30}(\\.\\d{1,30})?");

  /**
   * The outcome of a conversion.
   *
   * @param minor the amount in minor units, null when {@code problem} is set
   * @param problem why the text is not a price, null when it is
   */
  record Parsed(Long minor, String problem) {}

  private DecimalPrice() {}

  /** {@code text} in minor units of a currency with {@code fractionDigits} decimals. */
  static Parsed parse(String text, int fractionDigits, boolean commaDecimal) {
    String s = text.strip().replace(" ", "").replace("\u00A0", "").replace("'", "");
    if (commaDecimal) {
      s = s.replace(',', '.');
    }
    if (!SYNTAX.matcher(s).matches()) {
      return new Parsed(null, "'" + text + "' is not a decimal price such as 12.50");
    }
    BigDecimal value = new BigDecimal(s);
    BigDecimal minor = value.movePointRight(fractionDigits).stripTrailingZeros();
    if (minor.scale() > 0) {
      return new Parsed(
          null, "'" + text + "' has more than " + fractionDigits + " decimals for this currency");
    }
    try {
      return new Parsed(minor.longValueExact(), null);
    } catch (ArithmeticException e) {
      return new Parsed(null, "'" + text + "' is too large");
    }
  }
}
