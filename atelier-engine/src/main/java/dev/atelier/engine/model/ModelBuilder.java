package dev.atelier.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fluent builder of a {@link ProductModel}. Not thread-safe; the model it builds is immutable. The
 * builder does not check references: run {@link ModelValidator#validate(ProductModel)} (the
 * compiler does) to get every problem at once.
 */
public final class ModelBuilder {
  private final String id;
  private String version = "1";
  private LocalizedText label;
  private String currency = "EUR";
  private long basePrice;
  private final List<Attribute> attributes = new ArrayList<>();
  private final List<Constraint> constraints = new ArrayList<>();
  private final List<Component> components = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();

  ModelBuilder(String id) {
    this.id = id;
    this.label = LocalizedText.of(id);
  }

  /** Sets the version (default "1"). */
  public ModelBuilder version(String newVersion) {
    this.version = newVersion;
    return this;
  }

  /** Sets the product name. */
  public ModelBuilder label(LocalizedText newLabel) {
    this.label = newLabel;
    return this;
  }

  /** Sets currency and base price (minor units). */
  public ModelBuilder basePrice(String newCurrency, long newBasePrice) {
    this.currency = newCurrency;
    this.basePrice = newBasePrice;
    return this;
  }

  /** Adds any attribute. */
  public ModelBuilder attribute(Attribute attribute) {
    attributes.add(attribute);
    return this;
  }

  /** Adds a required enum attribute whose values have no price. */
  public ModelBuilder enumeration(String attributeId, String... valueIds) {
    return attribute(
        new EnumAttribute(
            attributeId,
            LocalizedText.of(attributeId),
            Arrays.stream(valueIds).map(Value::of).toList(),
            false));
  }

  /** Adds a required enum attribute with priced values. */
  public ModelBuilder enumeration(String attributeId, List<Value> values) {
    return attribute(new EnumAttribute(attributeId, LocalizedText.of(attributeId), values, false));
  }

  /** Adds a required boolean attribute without a price. */
  public ModelBuilder bool(String attributeId) {
    return attribute(new BooleanAttribute(attributeId, LocalizedText.of(attributeId), false, 0));
  }

  /** Adds a required integer attribute with step 1 and no unit or price. */
  public ModelBuilder integer(String attributeId, long min, long max) {
    return attribute(
        new IntegerAttribute(
            attributeId, LocalizedText.of(attributeId), min, max, 1, "", false, 0));
  }

  /** Adds any constraint. */
  public ModelBuilder constraint(Constraint constraint) {
    constraints.add(constraint);
    return this;
  }

  /** Adds a rule whose label is its id. */
  public ModelBuilder rule(String ruleId, Expr expr) {
    return constraint(new Constraint.Rule(ruleId, LocalizedText.of(ruleId), expr));
  }

  /** Adds a component. */
  public ModelBuilder component(Component component) {
    components.add(component);
    return this;
  }

  /** Marks an attribute as a customer fact. */
  public ModelBuilder fact(Fact fact) {
    facts.add(fact);
    return this;
  }

  /** Marks attributes as customer facts without profile key or help. */
  public ModelBuilder facts(String... attributeIds) {
    Arrays.stream(attributeIds).map(Fact::of).forEach(facts::add);
    return this;
  }

  /** The model built so far. */
  public ProductModel build() {
    return new ProductModel(
        id, version, label, currency, basePrice, attributes, constraints, components, facts);
  }
}
