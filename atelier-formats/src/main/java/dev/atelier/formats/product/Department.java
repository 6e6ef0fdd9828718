package dev.atelier.formats.product;

import dev.atelier.engine.model.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A department that owns (maintains and approves changes to) some attributes and rules. Immutable
 * and thread-safe.
 *
 * @param id department id
 * @param label department name
 * @param attributes ids of the attributes it owns
 * @param rules ids of the rules it owns
 */
public record Department(
    String id, LocalizedText label, List<String> attributes, List<String> rules) {

  public Department {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    attributes = List.copyOf(attributes);
    rules = List.copyOf(rules);
  }
}
