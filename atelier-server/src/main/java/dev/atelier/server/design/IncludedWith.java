package dev.atelier.server.design;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.ExprNames;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.server.http.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a component line is priced: the choices its model condition names, as the configuration has
 * them ("material=leather", "packaging=gift"; a text, number or yes/no by its attribute alone), so
 * the page can say "included with Leather and Gift box" of a part no control offers. Immutable and
 * thread-safe; one per model.
 */
final class IncludedWith {

  private final ProductModel model;
  private final Map<String, Component> byPart = new LinkedHashMap<>();

  private IncludedWith(ProductModel model) {
    this.model = model;
    for (Component c : model.components()) {
      byPart.putIfAbsent(c.partNumber(), c);
    }
  }

  /** The reasons of {@code model}'s component lines. */
  static IncludedWith of(ProductModel model) {
    return new IncludedWith(model);
  }

  /**
   * The choices of {@code configuration} that bring in component {@code partNumber}, in the order
   * its condition names them; null for a line of another kind, or an unconditional component.
   */
  @Nullable
  List<String> of(String kind, String partNumber, Configuration configuration) {
    Component c = "component".equals(kind) ? byPart.get(partNumber) : null;
    if (c == null) {
      return null;
    }
    List<String> choices = new ArrayList<>();
    for (String name : ExprNames.of(c.condition())) {
      Optional<String> value = configuration.get(name);
      Optional<Attribute> attribute = model.attribute(name);
      if (value.isPresent() && attribute.isPresent()) {
        choices.add(attribute.get() instanceof EnumAttribute ? name + "=" + value.get() : name);
      }
    }
    return choices.isEmpty() ? null : List.copyOf(choices);
  }
}
