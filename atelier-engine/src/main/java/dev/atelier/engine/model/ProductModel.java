package dev.atelier.engine.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The solution space of one product family in one version: attributes, rules, components and the
 * base price. Price of a configuration = base + prices of selected values + included components.
 * Immutable and thread-safe. Build one with {@link #builder(String)}; check it with {@link
 * ModelValidator}.
 *
 * @param id product family id
 * @param version model version
 * @param label product name
 * @param currency ISO currency code of all prices
 * @param basePrice price of every configuration, in minor units
 * @param attributes attributes in presentation order
 * @param constraints rules
 * @param components standard components
 * @param facts the attributes that are customer facts (see {@link Fact}), in model order
 */
public record ProductModel(
    String id,
    String version,
    LocalizedText label,
    String currency,
    long basePrice,
    List<Attribute> attributes,
    List<Constraint> constraints,
    List<Component> components,
    List<Fact> facts) {

  public ProductModel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(currency, "currency");
    attributes = List.copyOf(attributes);
    constraints = List.copyOf(constraints);
    components = List.copyOf(components);
    facts = List.copyOf(facts);
  }

  /** A model without customer facts. */
  public ProductModel(
      String id,
      String version,
      LocalizedText label,
      String currency,
      long basePrice,
      List<Attribute> attributes,
      List<Constraint> constraints,
      List<Component> components) {
    this(id, version, label, currency, basePrice, attributes, constraints, components, List.of());
  }

  /** Whether {@code attributeId} is a customer fact. */
  public boolean isFact(String attributeId) {
    return fact(attributeId).isPresent();
  }

  /** The fact marker of {@code attributeId}, if it is a customer fact. */
  public Optional<Fact> fact(String attributeId) {
    return facts.stream().filter(f -> f.attribute().equals(attributeId)).findFirst();
  }

  /** A builder for a model with this id. */
  public static ModelBuilder builder(String id) {
    return new ModelBuilder(id);
  }

  /** The attribute with this id, if any. */
  public Optional<Attribute> attribute(String attributeId) {
    return attributes.stream().filter(a -> a.id().equals(attributeId)).findFirst();
  }

  /** Attributes by id, in presentation order. */
  public Map<String, Attribute> attributesById() {
    Map<String, Attribute> byId = new LinkedHashMap<>();
    for (Attribute a : attributes) {
      byId.putIfAbsent(a.id(), a);
    }
    return byId;
  }
}
