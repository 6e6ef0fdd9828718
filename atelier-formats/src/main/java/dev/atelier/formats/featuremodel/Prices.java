package dev.atelier.formats.featuremodel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

/**
 * Feature attributes that carry a price ({@code Price}, {@code price}, {@code cost}), converted to
 * minor units (x 100, rounded half up). Stateless and thread-safe.
 */
public final class Prices {

  private static final Set<String> NAMES = Set.of("price", "cost");

  private Prices() {}

  /** Whether a feature attribute with this name is the feature's price. */
  public static boolean isPriceName(String attributeName) {
    return NAMES.contains(attributeName.toLowerCase(Locale.ROOT));
  }

  /** {@code amount} in minor units, or null when it is not a number or too large. */
  public static Long minorUnits(String amount) {
    try {
      return minorUnits(new BigDecimal(amount.strip()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code amount} in minor units, or null when it is too large. */
  public static Long minorUnits(BigDecimal amount) {
    try {
      return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
