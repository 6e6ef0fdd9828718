package dev.atelier.server.design;

import dev.atelier.engine.answer.PriceLine;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.session.Completion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What else an option brings in, so its "+€28.00 in total" can be read: the priced choices and the
 * components its cheapest completion has that the design's cheapest completion has not (the
 * sneakers' gift box brings cedar shoe trees with leather). Immutable and thread-safe.
 *
 * @param choices the other priced choices, {@code attribute=value} (an attribute alone for a
 *     yes/no)
 * @param parts the components' names per language
 */
record ComesWith(List<String> choices, List<Map<String, String>> parts) {

  ComesWith {
    choices = List.copyOf(choices);
    parts = List.copyOf(parts);
  }

  /** What {@code with}, the completion with {@code attribute} chosen, adds to {@code base}. */
  static ComesWith of(ProductModel model, String attribute, Completion base, Completion with) {
    List<String> choices = new ArrayList<>();
    for (Attribute a : model.attributes()) {
      String value = with.configuration().get(a.id()).orElse(null);
      if (a.id().equals(attribute) || value == null || a.priceOf(value) <= 0) {
        continue;
      }
      if (!value.equals(base.configuration().get(a.id()).orElse(null))) {
        choices.add(a instanceof EnumAttribute ? a.id() + "=" + value : a.id());
      }
    }
    Set<String> had = partsOf(base);
    Set<String> has = partsOf(with);
    Map<String, Map<String, String>> parts = new LinkedHashMap<>();
    for (Component c : model.components()) {
      String part = c.partNumber();
      if (has.contains(part) && !had.contains(part)) {
        parts.putIfAbsent(part, c.label().texts());
      }
    }
    return new ComesWith(choices, new ArrayList<>(parts.values()));
  }

  private static Set<String> partsOf(Completion c) {
    return c.price().lines().stream()
        .filter(l -> "component".equals(l.kind()))
        .map(PriceLine::reference)
        .collect(Collectors.toSet());
  }

  /** Whether it names nothing. */
  boolean isEmpty() {
    return choices.isEmpty() && parts.isEmpty();
  }
}
