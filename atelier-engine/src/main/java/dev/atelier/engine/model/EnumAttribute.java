package dev.atelier.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * An attribute with an explicit list of labelled values (frame = steel | aluminium | carbon).
 * Immutable and thread-safe.
 *
 * @param id identifier
 * @param label customer-facing label
 * @param values the values, in presentation order; ids unique
 * @param optional whether the attribute may stay unset
 */
public record EnumAttribute(String id, LocalizedText label, List<Value> values, boolean optional)
    implements Attribute {

  public EnumAttribute {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    values = List.copyOf(values);
  }

  @Override
  public List<String> valueIds() {
    return values.stream().map(Value::id).toList();
  }

  @Override
  public long priceOf(String valueId) {
    return values.stream()
        .filter(v -> v.id().equals(valueId))
        .mapToLong(Value::price)
        .findFirst()
        .orElse(0);
  }

  @Override
  public String valueLabel(String valueId, String language) {
    return values.stream()
        .filter(v -> v.id().equals(valueId))
        .map(v -> v.label().in(language))
        .findFirst()
        .orElse(valueId);
  }
}
