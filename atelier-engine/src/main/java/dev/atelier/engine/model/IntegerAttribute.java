package dev.atelier.engine.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A bounded integer attribute (a numeric parameter such as a width in millimetres). Its values are
 * {@code min, min+step, ..., <= max}; value ids are their decimal strings. Immutable and
 * thread-safe.
 *
 * @param id identifier
 * @param label customer-facing label
 * @param min smallest value
 * @param max largest value (inclusive)
 * @param step distance between consecutive values, at least 1
 * @param unit unit shown to the customer ("mm"), may be empty
 * @param optional whether the attribute may stay unset
 * @param pricePerUnit price added per unit of the value, in minor units (value x pricePerUnit)
 */
public record IntegerAttribute(
    String id,
    LocalizedText label,
    long min,
    long max,
    long step,
    String unit,
    boolean optional,
    long pricePerUnit)
    implements Attribute {

  /** Largest number of values an integer attribute may have. */
  public static final long MAX_VALUES = 100_000;

  public IntegerAttribute {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * The number of values, or -1 when the bounds or step are not usable; computed exactly (a range
   * of more than {@link Long#MAX_VALUE} values answers {@link Long#MAX_VALUE}).
   */
  public long size() {
    if (step < 1 || max < min) {
      return -1;
    }
    BigInteger n =
        BigInteger.valueOf(max)
            .subtract(BigInteger.valueOf(min))
            .divide(BigInteger.valueOf(step))
            .add(BigInteger.ONE);
    return n.bitLength() < Long.SIZE ? n.longValueExact() : Long.MAX_VALUE;
  }

  /** Whether {@code value} is one of this attribute's values (exact, whatever the bounds). */
  public boolean contains(long value) {
    // value - min lies in [0, 2^64) as an unsigned number: exact even when it overflows a long.
    return value >= min && value <= max && Long.remainderUnsigned(value - min, step) == 0;
  }

  /** The values in ascending order (at most {@link #MAX_VALUES} + 1 of them). */
  public List<Long> values() {
    long count = Math.min(size(), MAX_VALUES + 1);
    List<Long> values = new ArrayList<>();
    for (long k = 0; k < count; k++) {
      values.add(min + k * step);
    }
    return values;
  }

  /**
   * The number {@code text} spells: an optional sign, then ASCII digits (leading zeros and
   * surrounding blanks allowed: {@code "+0078"} is 78); empty when it spells none or does not fit a
   * long.
   */
  public static OptionalLong parse(String text) {
    if (text == null) {
      return OptionalLong.empty();
    }
    String t = text.trim();
    int start = !t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
    if (start == t.length()) {
      return OptionalLong.empty();
    }
    int firstNonZero = start;
    for (int i = start; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalLong.empty();
      }
      if (c == '0' && firstNonZero == i && i < t.length() - 1) {
        firstNonZero++;
      }
    }
    String digits = t.substring(firstNonZero);
    if (digits.length() > 19) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(t.charAt(0) == '-' ? "-" + digits : digits));
    } catch (NumberFormatException e) {
      return OptionalLong.empty(); // beyond the range of a long
    }
  }

  /** The canonical decimal form of {@code valueId} when it is one of the values. */
  @Override
  public Optional<String> canonical(String valueId) {
    OptionalLong n = parse(valueId);
    return n.isPresent() && contains(n.getAsLong())
        ? Optional.of(String.valueOf(n.getAsLong()))
        : Optional.empty();
  }

  @Override
  public List<String> valueIds() {
    return values().stream().map(String::valueOf).toList();
  }

  @Override
  public long priceOf(String valueId) {
    return Math.multiplyExact(Long.parseLong(valueId), pricePerUnit);
  }

  @Override
  public String valueLabel(String valueId, String language) {
    return unit.isEmpty() ? valueId : valueId + " " + unit;
  }
}
