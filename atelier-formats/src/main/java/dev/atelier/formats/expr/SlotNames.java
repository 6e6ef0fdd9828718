package dev.atelier.formats.expr;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Slot;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names a rule may use for "each instance" of a slot: {@code bays.doors} and, for positional
 * slots, {@code next(bays).doors}, each standing for the module's attribute. Stateless.
 */
final class SlotNames {
  private SlotNames() {}

  /** {@code scope} plus the template names of every slot's module attributes. */
  static Map<String, Attribute> withTemplates(
      Map<String, Attribute> scope, Map<String, Slot> slots) {
    if (slots.isEmpty()) {
      return scope;
    }
    Map<String, Attribute> all = new LinkedHashMap<>(scope);
    for (Slot slot : slots.values()) {
      for (Attribute a : slot.module().flat().attributes()) {
        all.putIfAbsent(slot.each(a.id()), a);
        if (!slot.interchangeable()) {
          all.putIfAbsent(slot.next(a.id()), a);
        }
      }
    }
    return all;
  }
}
