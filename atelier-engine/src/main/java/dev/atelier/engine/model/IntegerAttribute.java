package dev.atelier.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

  /** The number of values, or -1 when the bounds or step are not usable. */
  public long size() {
    if (step < 1 || max < min) {
      return -1;
    }
    return (max - min) / step + 1;
  }

  /** Whether {@code value} is one of this attribute's values. */
  public boolean contains(long value) {
    return value >= min && value <= max && (value - min) % step == 0;
  }

  /** The values in ascending order. */
  public List<Long> values() {
    List<Long> values = new ArrayList<>();
    for (long v = min; v <= max && values.size() <= MAX_VALUES; v += step) {
      values.add(v);
    }
    return values;
  }

  @Override
  public List<String> valueIds() {
    return values().stream().map(String::valueOf).toList();
  }

  @Override
  public long priceOf(String valueId) {
    return Long.parseLong(valueId) * pricePerUnit;
  }

  @Override
  public String valueLabel(String valueId, String language) {
    return unit.isEmpty() ? valueId : valueId + " " + unit;
  }
}
