package dev.atelier.formats.csv;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.IntegerAttribute;

/** Value-id checks that do not list large integer domains. Stateless and thread-safe. */
final class AttributeValues {

  private AttributeValues() {}

  /** Whether {@code valueId} is one of {@code attribute}'s value ids. */
  static boolean has(Attribute attribute, String valueId) {
    if (attribute instanceof IntegerAttribute i) {
      try {
        long v = Long.parseLong(valueId);
        return i.contains(v) && Long.toString(v).equals(valueId);
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return attribute.valueIds().contains(valueId);
  }

  /** A short list of the attribute's value ids for messages ("red, green, blue, ..."). */
  static String sample(Attribute attribute) {
    if (attribute instanceof IntegerAttribute i) {
      return i.min() + ".." + i.max() + (i.step() == 1 ? "" : " step " + i.step());
    }
    var ids = attribute.valueIds();
    String shown = String.join(", ", ids.subList(0, Math.min(8, ids.size())));
    return ids.size() > 8 ? shown + ", ..." : shown;
  }
}
