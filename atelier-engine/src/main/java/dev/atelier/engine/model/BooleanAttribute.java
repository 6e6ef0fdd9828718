package dev.atelier.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A yes/no attribute with value ids {@code "true"} and {@code "false"}. Immutable and thread-safe.
 *
 * @param id identifier
 * @param label customer-facing label
 * @param optional whether the attribute may stay unset
 * @param priceWhenTrue price added when the attribute is true, in minor units
 */
public record BooleanAttribute(String id, LocalizedText label, boolean optional, long priceWhenTrue)
    implements Attribute {

  /** The value id of "yes". */
  public static final String TRUE = "true";

  /** The value id of "no". */
  public static final String FALSE = "false";

  public BooleanAttribute {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }

  @Override
  public List<String> valueIds() {
    return List.of(TRUE, FALSE);
  }

  @Override
  public long priceOf(String valueId) {
    return TRUE.equals(valueId) ? priceWhenTrue : 0;
  }

  @Override
  public String valueLabel(String valueId, String language) {
    return valueId;
  }
}
