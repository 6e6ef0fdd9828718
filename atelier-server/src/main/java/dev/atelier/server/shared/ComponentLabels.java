package dev.atelier.server.shared;

import dev.atelier.engine.model.Component;
import dev.atelier.engine.model.ProductModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The component price lines of a model per language: the engine writes "1 x Thermal paste" in the
 * model's first language; a page in German reads "1 × Wärmeleitpaste". Immutable and thread-safe;
 * one per model.
 */
public final class ComponentLabels {

  private static final String ENGINE_TIMES = " x ";
  private static final String TIMES = " × ";

  private final Map<String, Component> byLine = new LinkedHashMap<>();
  private final Map<String, Component> byPart = new LinkedHashMap<>();

  private ComponentLabels(ProductModel model) {
    for (Component c : model.components()) {
      byLine.putIfAbsent(c.quantity() + ENGINE_TIMES + c.label().text(), c);
      byPart.putIfAbsent(c.partNumber(), c);
    }
  }

  /** The component lines of {@code model}. */
  public static ComponentLabels of(ProductModel model) {
    return new ComponentLabels(model);
  }

  /**
   * The label per language of a price line of {@code kind} with {@code reference} and the engine's
   * {@code label}, if it is a component line of this model: "1 × Wärmeleitpaste" under "de".
   */
  public Optional<Map<String, String>> of(String kind, String reference, String label) {
    if (!"component".equals(kind)) {
      return Optional.empty();
    }
    Component c = byLine.get(label);
    if (c == null) {
      c = byPart.get(reference);
    }
    if (c == null) {
      return Optional.empty();
    }
    Map<String, String> labels = new LinkedHashMap<>();
    int quantity = c.quantity();
    c.label().texts().forEach((language, text) -> labels.put(language, quantity + TIMES + text));
    return Optional.of(Map.copyOf(labels));
  }
}
