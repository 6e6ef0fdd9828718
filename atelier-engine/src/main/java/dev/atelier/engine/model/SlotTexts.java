package dev.atelier.engine.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** The labels of unrolled slot instances and their rules, per language. Stateless. */
final class SlotTexts {

  private SlotTexts() {}

  /** An instance's attribute label: "Bay 2 · Width". */
  static LocalizedText instanceLabel(Slot slot, int i, LocalizedText attribute) {
    return joined(Slots.instanceName(slot, i), " · ", attribute);
  }

  /** {@code first}, {@code sep} and {@code second} in every language either has. */
  static LocalizedText joined(LocalizedText first, String sep, LocalizedText second) {
    Map<String, String> texts = new LinkedHashMap<>();
    first.texts().keySet().forEach(l -> texts.put(l, first.in(l) + sep + second.in(l)));
    second.texts().keySet().forEach(l -> texts.putIfAbsent(l, first.in(l) + sep + second.in(l)));
    return new LocalizedText(texts);
  }

  /** {@code name} followed by the English or (in German) the German suffix. */
  static LocalizedText suffixed(LocalizedText name, String en, String de) {
    Map<String, String> texts = new LinkedHashMap<>();
    name.texts().forEach((l, t) -> texts.put(l, t + ("de".equals(l) ? de : en)));
    return new LocalizedText(texts);
  }
}
