package dev.atelier.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A configurable sub-assembly that a product (or another module) holds in a {@link Slot}: its own
 * attributes, rules, priced components and nested slots. Its rules and component conditions name
 * its own attributes by their plain ids ({@code doors}), the flat addresses of its nested slots
 * ({@code drawers}, {@code drawers[1].front}) and the attributes of the product around it. {@link
 * Slots#expand(Slot)} unrolls it per instance. Immutable and thread-safe.
 *
 * @param id module type id
 * @param label what one instance is called ("Bay"); instance labels read "Bay 2"
 * @param attributes the module's own attributes
 * @param constraints rules that hold in every present instance
 * @param components priced components each present instance adds
 * @param slots nested slots
 */
public record ModuleType(
    String id,
    LocalizedText label,
    List<Attribute> attributes,
    List<Constraint> constraints,
    List<Component> components,
    List<Slot> slots) {

  public ModuleType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    attributes = List.copyOf(attributes);
    constraints = List.copyOf(constraints);
    components = List.copyOf(components);
    slots = List.copyOf(slots);
  }

  /** A module of {@code attributes} alone: no rules, components or nested slots. */
  public static ModuleType of(String id, LocalizedText label, List<Attribute> attributes) {
    return new ModuleType(id, label, attributes, List.of(), List.of(), List.of());
  }

  /**
   * The module as one flat piece with names relative to one instance: its own attributes followed
   * by each nested slot's count and instances; its own rules followed by the nested ones.
   */
  public Slots.Flat flat() {
    List<Attribute> flatAttributes = new java.util.ArrayList<>(attributes);
    List<Constraint> flatConstraints = new java.util.ArrayList<>();
    List<Component> flatComponents = new java.util.ArrayList<>(components);
    for (Slot s : slots) {
      Slots.Flat nested = Slots.expand(s);
      flatAttributes.addAll(nested.attributes());
      flatConstraints.addAll(nested.constraints());
      flatComponents.addAll(nested.components());
    }
    flatConstraints.addAll(constraints);
    return new Slots.Flat(flatAttributes, flatConstraints, flatComponents);
  }
}
